package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A story as its page shows it: what happened, across how many sources, said by whom. */
public record StoryPage(
    StorySummary summary,
    List<ArticleSummary> timeline,
    List<EntityView.QuoteRow> keyQuotes,
    List<EntityView.Related> people,
    List<EntityView.Related> organizations,
    List<PlaceCount> places,
    List<EntityView.EventRow> events,
    List<ClaimRow> claims) {

  /** A place named in the story's articles, in how many of them. */
  public record PlaceCount(String name, Optional<String> countryCode, Optional<Double> lat,
      Optional<Double> lon, int articles) {}

  /** A claim, who makes it and who denies it, with its article and sentence. */
  public record ClaimRow(long articleId, String text, List<String> claimedBy,
      List<String> deniedBy, int sentence) {}

  /** The story in a list. */
  public record StorySummary(long id, String title, int articles, int independentSources,
      Optional<Instant> firstPublished, Optional<Instant> lastPublished) {}
}
