package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the analyzer takes out of one article: the contract that the CLI prints, the store keeps,
 * the API serves and the digest reads. Its JSON form is described by
 * {@code docs/insight-card.schema.json}; change both together and bump {@link #SCHEMA}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsightCard(
    String schema,
    String published,
    String language,
    Truncation truncated,
    Body body,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events,
    List<Claim> claims,
    List<DateMention> dates,
    List<Place> places) {

  public static final String SCHEMA = "newsdesk.insight-card/1";

  /** Set when only the first {@code analyzedChars} of a longer text were analyzed. */
  public record Truncation(int analyzedChars, int totalChars) {}
}
