package org.newsdesk.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a predicted grouping with a gold one, over the same items.
 *
 * <ul>
 *   <li>BCubed (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, precision is the share
 *       of its predicted cluster that shares its gold cluster, recall the share of its gold cluster
 *       that shares its predicted cluster (the item itself included); both are averaged over items.
 *   <li>Pairwise: over all pairs of items, a pair put together is right when gold puts it together.
 * </ul>
 *
 * <p>F1 is the harmonic mean of the averaged precision and recall; an empty grouping scores 1.
 */
public record ClusterScores(double precision, double recall, double pairwisePrecision, double pairwiseRecall) {

  public double f1() {
    return harmonic(precision, recall);
  }

  public double pairwiseF1() {
    return harmonic(pairwisePrecision, pairwiseRecall);
  }

  /** {@code gold.get(i)} and {@code predicted.get(i)} are item i's cluster labels. */
  public static ClusterScores of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " vs "
          + predicted.size());
    }
    int n = gold.size();
    if (n == 0) {
      return new ClusterScores(1, 1, 1, 1);
    }
    Map<String, Integer> goldSizes = counts(gold);
    Map<String, Integer> predictedSizes = counts(predicted);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += (double) common / predictedSizes.get(predicted.get(i));
      r += (double) common / goldSizes.get(gold.get(i));
    }
    double commonPairs = pairs(both);
    double predictedPairs = pairs(predictedSizes);
    double goldPairs = pairs(goldSizes);
    return new ClusterScores(p / n, r / n,
        predictedPairs == 0 ? 1 : commonPairs / predictedPairs, goldPairs == 0 ? 1 : commonPairs / goldPairs);
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> counts = new HashMap<>();
    labels.forEach(l -> counts.merge(l, 1, Integer::sum));
    return counts;
  }

  private static double pairs(Map<String, Integer> sizes) {
    double sum = 0;
    for (int k : sizes.values()) {
      sum += k * (k - 1) / 2.0;
    }
    return sum;
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
