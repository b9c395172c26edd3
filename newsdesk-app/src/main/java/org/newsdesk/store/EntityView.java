package org.newsdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An entity's page: who or what it is and everything the store knows about it. */
public record EntityView(
    long id, String name, String type, Optional<String> country,
    List<DayCount> mentionsByDay,
    List<QuoteRow> quotesBy,
    List<EventRow> events,
    List<Related> appearsWith,
    List<ArticleSummary> articles) {

  public record DayCount(LocalDate day, int mentions) {}

  /** A quote with its article and sentence. */
  public record QuoteRow(long articleId, Optional<String> articleTitle, String text,
      Optional<String> speaker, Optional<Long> speakerId, int sentence) {}

  /** An event it took part in, with its article and sentence. */
  public record EventRow(long articleId, Optional<String> articleTitle, String type,
      List<String> sources, List<String> targets, Optional<String> place,
      Optional<LocalDate> date, boolean negated, int sentence) {}

  /** Another entity named in the same articles, and in how many. */
  public record Related(long id, String name, String type, int articles) {}
}
