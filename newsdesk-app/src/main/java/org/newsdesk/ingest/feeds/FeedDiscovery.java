package org.newsdesk.ingest.feeds;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The feeds a web page announces ({@code <link rel="alternate" type="application/rss+xml">} and
 * the Atom and JSON Feed equivalents), so a user can add a site by its home page.
 */
public final class FeedDiscovery {

  private static final Set<String> FEED_TYPES = Set.of("application/rss+xml",
      "application/atom+xml", "application/feed+json", "application/json",
      "application/rdf+xml", "text/xml", "application/xml");

  private FeedDiscovery() {}

  /** Absolute feed URLs the page links to, in page order. */
  public static List<String> feeds(String html, String pageUrl) {
    Document doc = Jsoup.parse(html, pageUrl);
    return doc.select("link[rel~=(?i)alternate][href][type]").stream()
        .filter(l -> FEED_TYPES.contains(l.attr("type").toLowerCase(java.util.Locale.ROOT)
            .strip()))
        .map(l -> l.absUrl("href"))
        .filter(u -> u.startsWith("http"))
        .distinct()
        .toList();
  }
}
