/**
 * Full-text search over analyzed articles with Apache Lucene: BM25 over title and body, fields
 * for the card's entities, speakers, places, sources and event types, facet counts, highlighted
 * snippets. The index is derived data, rebuilt from the store by {@link
 * org.newsdesk.search.SearchIndexer#reindexAll}; {@link org.newsdesk.search.SearchIndex} and
 * {@link org.newsdesk.search.SearchIndexer} are the front door, the rest is package-private.
 */
package org.newsdesk.search;
