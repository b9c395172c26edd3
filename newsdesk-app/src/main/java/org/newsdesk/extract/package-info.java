/**
 * The extract stage: the HTML of a news page in, its article out ({@link
 * org.newsdesk.extract.ArticleExtractor}, {@link org.newsdesk.extract.ExtractedArticle}): the
 * body as paragraphs and headings, the title, byline, publication date, language, canonical URL
 * and lead image.
 *
 * <p>Structured data is read first (JSON-LD, OpenGraph and other meta tags, microdata), then
 * the page's markup ({@link org.newsdesk.extract.ContentExtractor} explains how the body is
 * found). Nothing in this package is specific to a site.
 *
 * <p>Null contract: no method returns null; what a page may lack is an {@link java.util.Optional}
 * or an empty list. Bad HTML never throws.
 */
package org.newsdesk.extract;
