package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An article seen for the first time: from a feed item (URL only, so it must be fetched), or from
 * a file or a single URL with its content at hand.
 *
 * @param url the canonical URL: the key that makes a second sighting a no-op
 * @param origin where it came from: feed, url, file
 * @param sourceName the publisher, when a file names it rather than a polled source
 * @param feedSummary the item's HTML as the feed gave it; untrusted
 * @param page the content, when it came with the article; otherwise the article is fetched
 * @param credit the licence and attribution a file gave for it (none for fetched articles)
 */
public record NewArticle(
    String url,
    Optional<Long> sourceId,
    String origin,
    Optional<String> sourceName,
    Optional<String> feedTitle,
    Optional<String> feedSummary,
    Optional<Instant> feedPublished,
    Optional<RawPage> page,
    ArticleCredit credit) {

  /** An article with nothing to credit (a feed item, a fetched page). */
  public NewArticle(String url, Optional<Long> sourceId, String origin,
      Optional<String> sourceName, Optional<String> feedTitle, Optional<String> feedSummary,
      Optional<Instant> feedPublished, Optional<RawPage> page) {
    this(url, sourceId, origin, sourceName, feedTitle, feedSummary, feedPublished, page,
        ArticleCredit.NONE);
  }
}
