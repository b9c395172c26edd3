package org.newsdesk.pipeline;

import org.newsdesk.ingest.dedup.UrlCanonicalizer;

/**
 * The key an article URL is stored under (tracking parameters and fragment out, see {@link
 * UrlCanonicalizer}), so the same link seen twice is one article. A URL the canonicalizer
 * cannot read is kept as given: the fetch will then say what is wrong with it.
 */
final class ArticleUrls {

  private static final UrlCanonicalizer CANONICAL = new UrlCanonicalizer();

  private ArticleUrls() {}

  static String canonical(String url) {
    return CANONICAL.canonicalize(url).orElse(url.strip());
  }

  /** The canonical URL a page declares for itself, in key form; empty if it declares none. */
  static java.util.Optional<String> declared(String pageUrl, java.util.Optional<String> declared) {
    return declared.flatMap(d -> CANONICAL.canonicalize(pageUrl, d));
  }
}
