package org.newsdesk.ingest.dedup;

import java.util.List;
import java.util.stream.LongStream;

/**
 * A text as a set of hashed word shingles: every run of {@link #WORDS} consecutive
 * {@linkplain Words words}, hashed to 64 bits. A text shorter than one shingle is one shingle of
 * all its words; a text with no words has none.
 */
final class Shingles {

  /** Words per shingle. Part of the stored format: changing it invalidates stored signatures. */
  static final int WORDS = 5;

  private Shingles() {}

  /** Distinct shingle hashes of {@code words}. */
  static long[] of(List<String> words) {
    return of(words, WORDS);
  }

  /** Distinct hashes of {@code size}-word shingles; other sizes are for measurement only. */
  static long[] of(List<String> words, int size) {
    if (words.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, words.size() - size + 1);
    long[] hashes = new long[n];
    for (int start = 0; start < n; start++) {
      long h = 0xcbf29ce484222325L; // FNV-1a 64 offset basis
      for (int w = start; w < Math.min(words.size(), start + size); w++) {
        String word = words.get(w);
        for (int i = 0; i < word.length(); i++) {
          h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      hashes[start] = Mix.mix64(h);
    }
    return LongStream.of(hashes).distinct().toArray();
  }
}
