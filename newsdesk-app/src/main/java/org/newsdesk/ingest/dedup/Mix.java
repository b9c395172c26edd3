package org.newsdesk.ingest.dedup;

/** A 64-bit finaliser: every input bit flips about half of the output bits. */
final class Mix {

  private Mix() {}

  /** The finaliser of SplitMix64 (Steele, Lea and Flood, OOPSLA 2014); a bijection on longs. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
