package org.newsdesk.ingest.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a feed, in the same shape whatever the format.
 *
 * <p>{@code title} is plain text (markup in an HTML or XHTML title is reduced to its text).
 * {@code summaryHtml} and {@code contentHtml} are the feed's HTML as the feed gave it (plain-text
 * content is escaped into HTML): <em>untrusted</em>, to be passed through
 * {@link org.newsdesk.ingest.sanitize.HtmlSanitizer} with {@link #baseUri} before any page shows
 * it. Links are absolute where the feed's URL or {@code xml:base} allowed resolving them.
 *
 * @param id the entry's identity in its feed (RSS guid, Atom id, JSON Feed id), as written
 * @param link the entry's page (RSS link or permalink guid, Atom alternate link, JSON Feed url)
 * @param baseUri what relative URLs in the entry's HTML resolve against
 * @param published when the entry was first published
 * @param updated when it was last changed (Atom updated, JSON date_modified)
 * @param authors names (or e-mail addresses when no name is given), in feed order
 * @param categories category or tag names, in feed order, without duplicates
 */
public record FeedItem(
    Optional<String> id,
    Optional<String> link,
    Optional<String> title,
    Optional<String> summaryHtml,
    Optional<String> contentHtml,
    Optional<String> baseUri,
    Optional<Instant> published,
    Optional<Instant> updated,
    List<String> authors,
    List<String> categories,
    List<Enclosure> enclosures) {

  public FeedItem {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    enclosures = List.copyOf(enclosures);
  }

  /** The richest HTML body the entry has: its content, else its summary. */
  public Optional<String> bodyHtml() {
    return contentHtml.isPresent() ? contentHtml : summaryHtml;
  }

  /** The best date the entry has: published, else updated. */
  public Optional<Instant> date() {
    return published.isPresent() ? published : updated;
  }

  /**
   * A file attached to an entry (podcast audio, an image).
   *
   * @param length size in bytes, when the feed says
   */
  public record Enclosure(String url, Optional<String> mediaType, Optional<Long> length) {}
}
