package org.newsdesk.digest.rank;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.digest.Follow;

/**
 * Which candidates each followable thing appears in, built once per run: a reader's candidates
 * are then the union of their follows' postings, not every story of the day, since FollowMatch
 * leaves out all others anyway.
 */
public final class FollowIndex {

  private final List<CandidateStory> stories;
  private final Map<Long, BitSet> byEntity = new HashMap<>();
  private final Map<String, BitSet> byCountry = new HashMap<>();
  private final Map<String, BitSet> byTopic = new HashMap<>();
  private final Map<Long, Integer> byId = new HashMap<>();

  public FollowIndex(List<CandidateStory> stories) {
    this.stories = List.copyOf(stories);
    for (int i = 0; i < stories.size(); i++) {
      CandidateStory s = stories.get(i);
      byId.put(s.id(), i);
      for (Long e : s.entityArticles().keySet()) {
        byEntity.computeIfAbsent(e, k -> new BitSet()).set(i);
      }
      for (String c : s.countryArticles().keySet()) {
        byCountry.computeIfAbsent(c, k -> new BitSet()).set(i);
      }
      for (String t : s.eventTypes().keySet()) {
        byTopic.computeIfAbsent(t, k -> new BitSet()).set(i);
      }
    }
  }

  public List<CandidateStory> stories() {
    return stories;
  }

  /** The candidates matching at least one of the reader's follows, in pool order. */
  public List<CandidateStory> matching(Reader reader) {
    BitSet hits = new BitSet();
    for (Follow f : reader.follows()) {
      switch (f.kind()) {
        case ENTITY -> {
          Long id = reader.entityIds().get(f.value());
          or(hits, id == null ? null : byEntity.get(id));
        }
        case PLACE -> or(hits, byCountry.get(f.value().toUpperCase(Locale.ROOT)));
        case TOPIC -> or(hits, byTopic.get(f.value().toLowerCase(Locale.ROOT)));
        case SEARCH -> {
          for (Long story : reader.searchMatches().getOrDefault(f.value(), Set.of())) {
            Integer i = byId.get(story);
            if (i != null) {
              hits.set(i);
            }
          }
        }
        default -> { }
      }
    }
    List<CandidateStory> out = new ArrayList<>(hits.cardinality());
    for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
      out.add(stories.get(i));
    }
    return out;
  }

  private static void or(BitSet into, BitSet postings) {
    if (postings != null) {
      into.or(postings);
    }
  }
}
