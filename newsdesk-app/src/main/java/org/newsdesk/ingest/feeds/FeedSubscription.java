package org.newsdesk.ingest.feeds;

import java.util.List;
import java.util.Optional;

/**
 * One feed a user follows, as OPML carries it between feed readers.
 *
 * @param title what the user calls the feed (OPML {@code text}, else {@code title})
 * @param xmlUrl the feed's own URL
 * @param htmlUrl the site the feed belongs to
 * @param categoryPath the folders the feed sits in, outermost first; empty at the top level
 */
public record FeedSubscription(
    Optional<String> title, String xmlUrl, Optional<String> htmlUrl, List<String> categoryPath) {

  public FeedSubscription {
    if (xmlUrl.isBlank()) {
      throw new IllegalArgumentException("xmlUrl must not be blank");
    }
    categoryPath = List.copyOf(categoryPath);
  }

  /** The innermost folder, if the feed is in one. */
  public Optional<String> category() {
    return categoryPath.isEmpty() ? Optional.empty()
        : Optional.of(categoryPath.get(categoryPath.size() - 1));
  }
}
