package org.newsdesk.ingest.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A feed as read: what it calls itself, the site it belongs to, and its entries in feed order.
 *
 * @param format the dialect read: {@code rss_0.91U}, {@code rss_1.0}, {@code rss_2.0},
 *     {@code atom_0.3}, {@code atom_1.0} (ROME's names), {@code json_1} or {@code json_1.1}
 * @param title plain text
 * @param siteLink the web site the feed belongs to, absolute where it could be resolved
 * @param description the feed's subtitle or description, as HTML (untrusted, like item HTML)
 * @param updated when the feed says it last changed
 */
public record ParsedFeed(
    String format,
    Optional<String> title,
    Optional<String> siteLink,
    Optional<String> description,
    Optional<String> language,
    Optional<Instant> updated,
    List<FeedItem> items) {

  public ParsedFeed {
    items = List.copyOf(items);
  }
}
