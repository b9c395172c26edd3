package org.newsdesk.digest.rank;

import java.util.Map;

/**
 * A story chosen for a reader: its combined score, each signal's say, whether it is new or an
 * update, and the "why it is here" line.
 */
public record RankedStory(CandidateStory story, double score, Map<String, SignalScore> signals,
    NoveltyVerdict novelty, String why) {

  public RankedStory {
    signals = Map.copyOf(signals);
  }
}
