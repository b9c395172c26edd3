package org.newsdesk.pipeline;

import java.net.URI;
import java.net.URISyntaxException;

/** The key an article URL is stored under, so the same link seen twice is one article. */
final class ArticleUrls {

  private ArticleUrls() {}

  static String canonical(String url) {
    try {
      URI u = new URI(url.strip()).normalize();
      return new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null).toString();
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }
}
