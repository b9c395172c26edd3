/**
 * Making feed and article HTML safe to show: {@link org.newsdesk.ingest.sanitize.HtmlSanitizer},
 * an allow-list over jsoup's cleaner.
 */
package org.newsdesk.ingest.sanitize;
