package org.newsdesk.digest.rank;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.digest.Follow;

/** Candidate stories and readers built in memory, for the ranking tests. */
final class Stories {

  static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

  private Stories() {}

  static CandidateStory story(long id, String title, int sources, Instant at,
      Map<Long, Integer> entities, List<StoryFact> facts) {
    return new CandidateStory(id, title, sources, sources, Optional.of(at), at, entities,
        Map.of(), Map.of(), facts, "Summary.", Optional.empty(), List.of(), List.of(), List.of());
  }

  static CandidateStory story(long id, int sources) {
    return story(id, "Story " + id, sources, NOW.minusSeconds(3600 * 3), Map.of(), List.of());
  }

  static Reader reader(List<Follow> follows, Map<String, Long> entities,
      Map<Long, SentStory> sent) {
    return new Reader(follows, entities, Map.of(), sent, NOW.minusSeconds(86400), NOW);
  }

  static Reader followsNothing() {
    return reader(List.of(), Map.of(), Map.of());
  }

  static StoryFact denial(String text) {
    return new StoryFact(StoryFact.Kind.DENIAL, StoryFact.keyOf(StoryFact.Kind.DENIAL, text), text);
  }
}
