package org.newsdesk.story;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text's runs of {@link #SIZE} consecutive words, hashed and sorted: the near-copy check. A wire
 * story republished under another headline, trimmed or with a line added keeps most of its
 * shingles; two reporters writing on one event share few.
 */
final class WordShingles {

  static final int SIZE = 4;
  /** Shingles kept per text: the lead decides whether it is a copy, and memory stays bounded. */
  static final int MAX = 256;

  private final long[] sorted;

  private WordShingles(long[] sorted) {
    this.sorted = sorted;
  }

  /** The body's shingles, or the headline's when there is no body. */
  static WordShingles of(String title, String text) {
    String source = text.isBlank() ? title : text;
    String[] words = source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    int count = words.length - start;
    if (count <= 0) {
      return new WordShingles(new long[0]);
    }
    int size = Math.min(SIZE, count);
    int n = Math.min(MAX, count - size + 1);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = 0; j < size; j++) {
        h = 31 * h + words[start + i + j].hashCode();
      }
      hashes[i] = h;
    }
    long[] distinct = Arrays.stream(hashes).sorted().distinct().toArray();
    return new WordShingles(distinct);
  }

  /** The distinct shingle hashes, ascending. */
  long[] hashes() {
    return sorted;
  }

  boolean isEmpty() {
    return sorted.length == 0;
  }

  /** Share of this text's shingles that {@code other} also has. */
  double containedIn(WordShingles other) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = 0, j = 0, common = 0;
    while (i < sorted.length && j < other.sorted.length) {
      if (sorted[i] == other.sorted[j]) {
        common++;
        i++;
        j++;
      } else if (sorted[i] < other.sorted[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / sorted.length;
  }
}
