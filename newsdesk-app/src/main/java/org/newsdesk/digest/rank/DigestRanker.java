package org.newsdesk.digest.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses and orders a reader's stories: the weighted sum of {@link #SIGNALS}, after two gates —
 * a story must match a follow (unless the reader follows nothing) and must be news to the reader
 * (never sent, or grown since). See the package documentation for why these weights.
 */
public final class DigestRanker {

  private static final Novelty NOVELTY = new Novelty();
  private static final FollowMatch FOLLOW_MATCH = new FollowMatch();

  /** The signals in the order their fragments appear in the "why" line; weights sum to 1. */
  public static final List<WeightedSignal> SIGNALS = List.of(
      new WeightedSignal(FOLLOW_MATCH, 0.45),
      new WeightedSignal(new IndependentSources(), 0.20),
      new WeightedSignal(NOVELTY, 0.20),
      new WeightedSignal(new Freshness(), 0.15));

  /** Up to {@code max} stories of {@code candidates} for {@code reader}, best first. */
  public List<RankedStory> rank(List<CandidateStory> candidates, Reader reader, int max) {
    List<RankedStory> chosen = new ArrayList<>();
    for (CandidateStory story : candidates) {
      if (!story.updatedAt().isAfter(reader.since()) || story.updatedAt().isAfter(reader.now())) {
        continue;
      }
      NoveltyVerdict novelty = NOVELTY.assess(story, reader);
      if (novelty.state() == NoveltyVerdict.State.UNCHANGED) {
        continue;
      }
      Map<String, SignalScore> scores = new LinkedHashMap<>();
      double total = 0;
      for (WeightedSignal ws : SIGNALS) {
        SignalScore s = ws.signal() == NOVELTY ? Novelty.score(novelty)
            : ws.signal().score(story, reader);
        scores.put(ws.signal().name(), s);
        total += ws.weight() * s.value();
      }
      if (!reader.followsNothing() && scores.get(FOLLOW_MATCH.name()).value() == 0) {
        continue;
      }
      chosen.add(new RankedStory(story, total, scores, novelty, WhyLine.of(scores.values())));
    }
    chosen.sort(Comparator.comparingDouble(RankedStory::score).reversed()
        .thenComparing(r -> r.story().newsAt(), Comparator.reverseOrder())
        .thenComparingLong(r -> r.story().id()));
    return chosen.size() > max ? List.copyOf(chosen.subList(0, max)) : chosen;
  }
}
