package org.newsdesk.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

  private static final String TEXT = String.join("\n", Corpora.wikinews().get(0).text());

  /** Exact Jaccard similarity of two texts' shingle sets, the quantity MinHash estimates. */
  static double exactJaccard(String a, String b) {
    Set<Long> sa = new HashSet<>();
    for (long s : Shingles.of(Words.of(a))) {
      sa.add(s);
    }
    long[] sb = Shingles.of(Words.of(b));
    int common = 0;
    for (long s : sb) {
      if (sa.contains(s)) {
        common++;
      }
    }
    int union = sa.size() + sb.length - common;
    return union == 0 ? 0 : common / (double) union;
  }

  @Test
  void identicalTextsEstimateOne() {
    assertThat(MinHashSignature.of(TEXT).estimatedJaccard(MinHashSignature.of(TEXT)))
        .isEqualTo(1.0);
  }

  @Test
  void typographyDoesNotChangeTheSignature() {
    assertThat(MinHashSignature.of(WireCopies.swapQuoteStyle(TEXT).toUpperCase()))
        .isEqualTo(MinHashSignature.of(TEXT));
  }

  @Test
  void textsWithNoShingleInCommonEstimateNearZero() {
    var wiki = Corpora.wikinews();
    String a = wiki.get(10).text();
    String b = wiki.stream().map(Corpora.Article::text).filter(t -> exactJaccard(a, t) == 0)
        .findFirst().orElseThrow();
    double estimate = MinHashSignature.of(a).estimatedJaccard(MinHashSignature.of(b));
    assertThat(estimate).isLessThanOrEqualTo(1.0 / MinHashSignature.SIZE);
  }

  /**
   * Pairs of real texts across the whole range of similarity: each article of Wikinews against
   * a wire copy of itself, and ECB+ articles against others of their event (syndicated rewrites
   * among them). With 128 hash functions the standard error is at most 0.044; the mean error
   * must be small (no bias) and no pair may be off by more than four standard errors.
   */
  @Test
  void theEstimateIsWithinToleranceOfTheExactJaccardOnRealPairs() {
    List<String[]> pairs = new ArrayList<>();
    WireCopies copies = new WireCopies(7);
    for (var a : Corpora.wikinews()) {
      pairs.add(new String[] {a.text(), copies.copy(a.title(), a.text())});
    }
    var ecb = Corpora.ecbplus();
    Random random = new Random(11);
    while (pairs.size() < 602) {
      var a = ecb.get(random.nextInt(ecb.size()));
      var b = ecb.get(random.nextInt(ecb.size()));
      if (a != b && a.group().equals(b.group())) {
        pairs.add(new String[] {a.text(), b.text()});
      }
    }
    double sumError = 0;
    double sumAbsError = 0;
    double maxAbsError = 0;
    for (String[] p : pairs) {
      double exact = exactJaccard(p[0], p[1]);
      double estimate = MinHashSignature.of(p[0]).estimatedJaccard(MinHashSignature.of(p[1]));
      double error = estimate - exact;
      sumError += error;
      sumAbsError += Math.abs(error);
      maxAbsError = Math.max(maxAbsError, Math.abs(error));
      double se = Math.sqrt(exact * (1 - exact) / MinHashSignature.SIZE);
      assertThat(estimate).as("exact %.3f", exact).isCloseTo(exact, within(4 * se + 0.01));
    }
    System.out.printf("MinHash estimate on %d real pairs: mean error %+.4f, mean |error| %.4f, "
        + "max |error| %.4f%n", pairs.size(), sumError / pairs.size(),
        sumAbsError / pairs.size(), maxAbsError);
    assertThat(sumError / pairs.size()).isCloseTo(0, within(0.01));
    assertThat(sumAbsError / pairs.size()).isLessThan(0.03);
  }

  @Test
  void aTextWithoutWordsIsLikeNothingAndHasNoBandKeys() {
    MinHashSignature empty = MinHashSignature.of(" -- ");
    assertThat(empty.wordCount()).isZero();
    assertThat(empty.estimatedJaccard(MinHashSignature.of(""))).isZero();
    assertThat(empty.bandKeys()).isEmpty();
  }

  @Test
  void bandKeysAreOnePerBandAndEqualForEqualBands() {
    long[] keys = MinHashSignature.of(TEXT).bandKeys();
    assertThat(keys).hasSize(MinHashSignature.BANDS);
    assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(MinHashSignature.BANDS);
    assertThat(MinHashSignature.of(TEXT + " One more sentence at the end.").bandKeys())
        .containsAnyOf(keys);
  }

  @Test
  void aBandKeyDependsOnItsBandNumber() {
    // The same row values in two bands must not give the same key, or the store's lookup by key
    // alone would pair unrelated bands.
    long[] values = new long[MinHashSignature.SIZE];
    Arrays.fill(values, 42L);
    long[] keys = MinHashSignature.fromValues(values, 100).bandKeys();
    assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(MinHashSignature.BANDS);
  }

  @Test
  void aStoredSignatureReadsBackEqual() {
    MinHashSignature s = MinHashSignature.of(TEXT);
    MinHashSignature back = MinHashSignature.fromValues(s.values(), s.wordCount());
    assertThat(back).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(back.bandKeys()).isEqualTo(s.bandKeys());
  }

  @Test
  void theSignatureOfAFixedTextNeverChanges() {
    // Signatures are stored: a change of shingling, seeds or hashing must be a deliberate
    // FORMAT change, not an accident. Update these values only together with FORMAT.
    MinHashSignature s = MinHashSignature.of("the quick brown fox jumps over the lazy dog");
    assertThat(MinHashSignature.FORMAT).isEqualTo(1);
    assertThat(s.values()[0]).isEqualTo(GOLDEN_FIRST_VALUE);
    assertThat(s.bandKeys()[0]).isEqualTo(GOLDEN_FIRST_BAND_KEY);
  }

  private static final long GOLDEN_FIRST_VALUE = -7661330055857576865L;
  private static final long GOLDEN_FIRST_BAND_KEY = -1619463871775135839L;

  @Test
  void aStoredSignatureOfTheWrongSizeIsRefusedNamingIt() {
    assertThatThrownBy(() -> MinHashSignature.fromValues(new long[3], 10))
        .hasMessageContaining("got 3");
  }
}
