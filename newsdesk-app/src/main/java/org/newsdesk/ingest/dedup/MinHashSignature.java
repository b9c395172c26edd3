package org.newsdesk.ingest.dedup;

import java.util.Arrays;

/**
 * A MinHash signature of an article body: {@link #SIZE} minimum hash values over its word
 * {@linkplain Shingles shingles}, from which the Jaccard similarity of two bodies' shingle sets
 * is estimated (the fraction of positions where they agree), and the LSH band keys under which
 * the store finds candidate near-duplicates with an equality lookup.
 *
 * <h2>Design</h2>
 * Broder's MinHash (1997): for a random permutation of the shingle universe, the chance that two
 * sets have the same minimum equals their Jaccard similarity; {@code SIZE} independent
 * permutations give an estimate with standard error {@code sqrt(J(1-J)/SIZE)}, at most 0.044 for
 * 128. Permutation {@code i} is approximated by {@code mix64(shingle ^ SEED_i)}, a bijection on
 * 64-bit values with full avalanche; the unit tests hold the estimate to the exact Jaccard on
 * real text pairs. Values are 64-bit, so two different shingles practically never share a
 * minimum by accident (b-bit MinHash would need a correction for that).
 *
 * <p>Banding (Indyk and Motwani; Leskovec, Rajaraman and Ullman, <i>Mining of Massive
 * Datasets</i> ch. 3): the signature is cut into {@link #BANDS} bands of {@link #ROWS} rows, each
 * band hashed to one long key. Two bodies share at least one key with probability
 * {@code 1 - (1 - J^ROWS)^BANDS}; the layout was chosen by measurement (see
 * {@code NearDuplicateEvaluationTest}) so that pairs at the near-duplicate threshold of
 * {@link NearDuplicates} are nearly always candidates. Wire copies of 302 Wikinews articles
 * found their original as a candidate 191 times with 16 bands of 8 rows (the S-curve's midpoint,
 * about 0.71, is far above a threshold of 0.45), 291 times with 32 × 4, and every time with
 * 42 × 3 and 64 × 2; among the 481,671 pairs of ECB+ articles, 42 × 3 makes 145 candidate pairs
 * to verify and 64 × 2 makes 334, with 64 rows per article in the store instead of 42. So 42 × 3
 * (126 of the 128 positions; the other two still count in the estimate): P(candidate) is 0.98 at
 * J = 0.45 and 0.996 at J = 0.5.
 *
 * <h2>Why no library</h2>
 * Lucene's {@code MinHashFilter} works inside a token stream and needs the analysis module;
 * {@code info.debatty:java-lsh} draws its hash coefficients at random per instance (so stored
 * signatures are only comparable through a serialised Java object) and was last released in
 * 2017; {@code org.codelibs:minhash} is b-bit over Lucene and Guava; Apache DataSketches
 * estimates Jaccard with Theta sketches but has no band keys. The algorithm is forty lines; the
 * stable, documented hash family matters more here, because signatures are stored.
 *
 * <h2>Stored format</h2>
 * {@link #values()} (128 longs) and {@link #wordCount()}; {@link #bandKeys()} are derived. The
 * seeds, {@link Shingles#WORDS} and the banding are part of the format: changing any of them
 * means recomputing every stored signature, so bump {@link #FORMAT} when doing so.
 */
public final class MinHashSignature {

  /** Hash functions (positions) per signature. */
  public static final int SIZE = 128;
  /** LSH bands; {@code BANDS * ROWS <= SIZE}. */
  public static final int BANDS = 42;
  /** Signature positions per band. */
  public static final int ROWS = 3;
  /** Version of the stored format (shingling, seeds, banding); stored beside the values. */
  public static final int FORMAT = 1;

  private static final long[] SEEDS = seeds();

  private final long[] values;
  private final int wordCount;

  private MinHashSignature(long[] values, int wordCount) {
    this.values = values;
    this.wordCount = wordCount;
  }

  /** The signature of {@code text}. */
  public static MinHashSignature of(String text) {
    var words = Words.of(text);
    long[] shingles = Shingles.of(words);
    long[] mins = new long[SIZE];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long h = Mix.mix64(shingle ^ SEEDS[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return new MinHashSignature(mins, words.size());
  }

  /** A signature read back from the store. */
  public static MinHashSignature fromValues(long[] values, int wordCount) {
    if (values.length != SIZE) {
      throw new IllegalArgumentException("a signature has " + SIZE + " values; got "
          + values.length);
    }
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must be >= 0; got " + wordCount);
    }
    return new MinHashSignature(values.clone(), wordCount);
  }

  /** The {@link #SIZE} minimum hash values, a copy. */
  public long[] values() {
    return values.clone();
  }

  /** Words in the text the signature was made from; 0 for a text without words. */
  public int wordCount() {
    return wordCount;
  }

  /**
   * Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]; 0 when either text
   * had no words (two empty texts are not alike, they are both missing).
   */
  public double estimatedJaccard(MinHashSignature other) {
    if (wordCount == 0 || other.wordCount == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /**
   * The {@link #BANDS} LSH keys: key {@code b} hashes band {@code b}'s rows together with
   * {@code b} itself, so equal keys in different bands never meet. Empty for a text without
   * words, which has no neighbours.
   */
  public long[] bandKeys() {
    if (wordCount == 0) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = Mix.mix64(0x6a09e667f3bcc909L + b);
      for (int r = 0; r < ROWS; r++) {
        h = Mix.mix64(h ^ values[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && s.wordCount == wordCount
        && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + wordCount;
  }

  @Override
  public String toString() {
    return "MinHashSignature[words=" + wordCount + ", values=" + values[0] + ", ...]";
  }

  /** Fixed seeds from the SplitMix64 sequence of the golden-ratio increment: stable forever. */
  private static long[] seeds() {
    long[] s = new long[SIZE];
    long x = 0;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9e3779b97f4a7c15L;
      s[i] = Mix.mix64(x);
    }
    return s;
  }
}
