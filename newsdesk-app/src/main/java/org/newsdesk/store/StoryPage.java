package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A story as its page shows it: what happened, across how many sources, said by whom. */
public record StoryPage(
    StorySummary summary,
    List<ArticleSummary> timeline,
    List<KeyQuote> keyQuotes,
    List<EntityView.Related> people,
    List<EntityView.Related> organizations,
    List<PlaceCount> places,
    List<EntityView.EventRow> events,
    List<ClaimRow> claims) {

  /** A place named in the story's articles, in how many of them. */
  public record PlaceCount(String name, Optional<String> countryCode, Optional<Double> lat,
      Optional<Double> lon, int articles) {}

  /**
   * A quote as the story shows it: once however many of its articles carry it, linked to the
   * earliest of them ({@code articleId}, {@code sentence}); {@code articles} says how many do.
   */
  public record KeyQuote(long articleId, Optional<String> articleTitle, String text,
      Optional<String> speaker, Optional<Long> speakerId, int sentence, int articles) {}

  /**
   * A claim, who makes it and who denies it (across the articles that carry it), with the
   * earliest article and sentence, and how many articles carry it.
   */
  public record ClaimRow(long articleId, String text, List<String> claimedBy,
      List<String> deniedBy, int sentence, int articles) {}

  /** The story in a list. */
  public record StorySummary(long id, String title, int articles, int independentSources,
      Optional<Instant> firstPublished, Optional<Instant> lastPublished) {}
}
