package org.newsdesk.ingest.fetch;

/**
 * What a fetch is for, which decides what we ask the server for and what we accept from it: a
 * feed may come under any XML or JSON media type (servers label feeds inconsistently, so the
 * parser sniffs), an article page must be HTML.
 */
public enum FetchPurpose {
  FEED("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
      + " text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1"),
  PAGE("text/html, application/xhtml+xml, */*;q=0.1");

  private final String accept;

  FetchPurpose(String accept) {
    this.accept = accept;
  }

  /** The Accept header for this purpose. */
  String accept() {
    return accept;
  }
}
