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

  /**
   * {@link #rank(List, Reader, int)} over the candidates the reader's follows touch (all of them
   * when the reader follows nothing): the same result, without visiting the rest.
   */
  public List<RankedStory> rank(FollowIndex index, Reader reader, int max) {
    return rank(reader.followsNothing() ? index.stories() : index.matching(reader), reader, max);
  }

  /**
   * Up to {@code max} stories of {@code candidates} for {@code reader}, best first. Every
   * candidate is scored by value alone; only the chosen few get their "why" words.
   */
  public List<RankedStory> rank(List<CandidateStory> candidates, Reader reader, int max) {
    int n = candidates.size();
    double[] totals = new double[n];
    NoveltyVerdict[] verdicts = new NoveltyVerdict[n];
    List<Integer> passing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CandidateStory story = candidates.get(i);
      if (!story.updatedAt().isAfter(reader.since()) || story.updatedAt().isAfter(reader.now())) {
        continue;
      }
      NoveltyVerdict novelty = NOVELTY.assess(story, reader);
      if (novelty.state() == NoveltyVerdict.State.UNCHANGED) {
        continue;
      }
      double total = 0;
      boolean gated = false;
      for (WeightedSignal ws : SIGNALS) {
        double v = ws.signal() == NOVELTY ? Novelty.score(novelty).value()
            : ws.signal().value(story, reader);
        if (ws.signal() == FOLLOW_MATCH && v == 0 && !reader.followsNothing()) {
          gated = true;
          break;
        }
        total += ws.weight() * v;
      }
      if (!gated) {
        totals[i] = total;
        verdicts[i] = novelty;
        passing.add(i);
      }
    }
    passing.sort(Comparator.<Integer>comparingDouble(i -> totals[i]).reversed()
        .thenComparing(i -> candidates.get(i).newsAt(), Comparator.reverseOrder())
        .thenComparingLong(i -> candidates.get(i).id()));
    List<RankedStory> chosen = new ArrayList<>(Math.min(max, passing.size()));
    for (int i : passing.subList(0, Math.min(max, passing.size()))) {
      CandidateStory story = candidates.get(i);
      Map<String, SignalScore> scores = new LinkedHashMap<>();
      for (WeightedSignal ws : SIGNALS) {
        scores.put(ws.signal().name(), ws.signal() == NOVELTY ? Novelty.score(verdicts[i])
            : ws.signal().score(story, reader));
      }
      chosen.add(new RankedStory(story, totals[i], scores, verdicts[i],
          WhyLine.of(scores.values())));
    }
    return chosen;
  }
}
