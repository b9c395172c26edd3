package org.newsdesk.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.store.IndexableArticle;

/**
 * One article as the index holds it.
 *
 * @param entities names of the card's entities (people, organizations, places, …)
 * @param places names of the card's resolved places; {@code countries} their ISO codes
 */
public record ArticleDoc(
    long id,
    String url,
    String title,
    String body,
    Optional<Instant> published,
    Optional<String> source,
    List<String> entities,
    List<Quote> quotes,
    List<String> eventTypes,
    List<String> places,
    List<String> countries) {

  public ArticleDoc {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    eventTypes = List.copyOf(eventTypes);
    places = List.copyOf(places);
    countries = List.copyOf(countries);
  }

  /** A quote and, when known, its speaker. */
  public record Quote(String text, Optional<String> speaker) {}

  public static ArticleDoc from(IndexableArticle a) {
    return new ArticleDoc(a.id(), a.url(), a.title(), a.body(), a.publishedAt(), a.source(),
        a.entities().stream().map(IndexableArticle.NamedEntity::name).distinct().toList(),
        a.quotes().stream().map(q -> new Quote(q.text(), q.speaker())).toList(),
        a.eventTypes().stream().distinct().toList(),
        a.places().stream().map(IndexableArticle.PlaceName::name).distinct().toList(),
        a.places().stream().flatMap(p -> p.countryCode().stream()).distinct().toList());
  }
}
