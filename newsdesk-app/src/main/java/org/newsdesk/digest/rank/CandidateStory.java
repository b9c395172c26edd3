package org.newsdesk.digest.rank;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story that may go into digests of this run, with everything ranking and composing need,
 * loaded once per run for all subscribers.
 *
 * @param entityArticles entity id → how many of the story's articles mention it
 * @param countryArticles ISO alpha-2 code → how many of its articles place it there
 * @param eventTypes event type (lower case) → how many events of that type its articles hold
 * @param facts claims, denials, quotes and events, most telling first (denials, then claims,
 *     then quotes, then events)
 * @param summary two lead sentences of its earliest article
 * @param keyQuote the quote to show, with its speaker
 * @param who people and organisations it names most
 * @param where places it names most
 * @param claims claims and denials to show
 */
public record CandidateStory(long id, String title, int articles, int independentSources,
    Optional<Instant> lastPublished, Instant updatedAt, Map<Long, Integer> entityArticles,
    Map<String, Integer> countryArticles, Map<String, Integer> eventTypes, List<StoryFact> facts,
    String summary, Optional<Quote> keyQuote, List<String> who, List<String> where,
    List<ClaimLine> claims) {

  public record Quote(String text, String speaker) {}

  public record ClaimLine(String text, List<String> claimedBy, List<String> deniedBy) {}

  public CandidateStory {
    entityArticles = Map.copyOf(entityArticles);
    countryArticles = Map.copyOf(countryArticles);
    eventTypes = Map.copyOf(eventTypes);
    facts = List.copyOf(facts);
    who = List.copyOf(who);
    where = List.copyOf(where);
    claims = List.copyOf(claims);
  }

  /** When its news happened: the last article, else when it last changed. */
  public Instant newsAt() {
    return lastPublished.orElse(updatedAt);
  }
}
