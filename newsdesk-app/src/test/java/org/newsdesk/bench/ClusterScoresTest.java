package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BCubed and pairwise scores on groupings small enough to count by hand. */
class ClusterScoresTest {

  @Test
  void aPerfectGroupingScoresOne() {
    ClusterScores s = ClusterScores.of(List.of("a", "a", "b"), List.of("x", "x", "y"));

    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.pairwiseF1()).isEqualTo(1.0);
  }

  @Test
  void oneBigClusterHasFullRecallAndThePrecisionOfItsMix() {
    // Gold {1,2,3} {4}; predicted all together. Precision: items 1-3 see 3 of 4 right, item 4
    // sees 1 of 4: (3 * 3/4 + 1/4) / 4 = 0.625. Recall 1. Pairs: 3 right of 6 predicted.
    ClusterScores s = ClusterScores.of(List.of("a", "a", "a", "b"), List.of("x", "x", "x", "x"));

    assertThat(s.precision()).isCloseTo(0.625, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairwiseRecall()).isEqualTo(1.0);
  }

  @Test
  void singletonsHaveFullPrecisionAndTheRecallOfTheGoldSizes() {
    // Gold {1,2} {3}; predicted all apart. Recall: (1/2 + 1/2 + 1) / 3 = 2/3. No predicted pairs.
    ClusterScores s = ClusterScores.of(List.of("a", "a", "b"), List.of("x", "y", "z"));

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.8, within(1e-9));
    assertThat(s.pairwiseRecall()).isEqualTo(0.0);
  }

  @Test
  void aSplitAndAMergeTogether() {
    // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
    // Precision: 1,2 -> 1; 3 -> 1/3; 4,5 -> 2/3: (2 + 1/3 + 4/3) / 5 = 11/15.
    // Recall: 1,2 -> 2/3; 3 -> 1/3; 4,5 -> 1: (4/3 + 1/3 + 2) / 5 = 11/15.
    ClusterScores s = ClusterScores.of(List.of("a", "a", "a", "b", "b"), List.of("x", "x", "y", "y", "y"));

    assertThat(s.precision()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(11 / 15.0, within(1e-9));
    // Pairs: predicted 1 + 3 = 4, of which right {1,2} {4,5} = 2; gold pairs 3 + 1 = 4.
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairwiseRecall()).isCloseTo(0.5, within(1e-9));
  }
}
