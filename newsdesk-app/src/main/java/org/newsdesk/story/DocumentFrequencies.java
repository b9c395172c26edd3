package org.newsdesk.story;

import java.util.HashMap;
import java.util.Map;

/**
 * How many articles seen so far hold each term: the IDF of an online grouper, learnt from the
 * stream itself (no background corpus is shipped). Bounded: past {@link #MAX_TERMS} terms, those
 * seen only once are forgotten, which changes their IDF by little since they were rare anyway.
 */
final class DocumentFrequencies {

  static final int MAX_TERMS = 400_000;

  private final Map<String, Integer> counts = new HashMap<>();
  private long documents;

  /** {@code ln((N + 1) / (df + 1)) + 1}: a term no article held yet gets the highest weight. */
  double idf(String term) {
    int df = counts.getOrDefault(term, 0);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  void add(Iterable<String> terms) {
    documents++;
    for (String t : terms) {
      counts.merge(t, 1, Integer::sum);
    }
    if (counts.size() > MAX_TERMS) {
      counts.values().removeIf(c -> c <= 1);
    }
  }
}
