package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What search needs of one analyzed article: its text, where and when it was published, and the
 * names its card found in it. Read by {@link SearchSource}; written in bulk by {@link BulkArticles}.
 *
 * @param source the source's title, else the publisher a file named; empty when neither is known
 */
public record IndexableArticle(
    long id,
    String url,
    String title,
    String body,
    Optional<Instant> publishedAt,
    Optional<String> source,
    List<NamedEntity> entities,
    List<QuoteText> quotes,
    List<String> eventTypes,
    List<PlaceName> places) {

  public IndexableArticle {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    eventTypes = List.copyOf(eventTypes);
    places = List.copyOf(places);
  }

  /** An entity of the card: {@code type} is an {@code EntityType} name (PERSON, COUNTRY, …). */
  public record NamedEntity(String name, String type) {}

  /** A quote and who said it; {@code speaker} is empty when the analyzer found nobody. */
  public record QuoteText(String text, Optional<String> speaker) {}

  /** A place the article is about, with its ISO country code when resolved. */
  public record PlaceName(String name, Optional<String> countryCode) {}
}
