package org.newsdesk.analyze;

/**
 * Limits of one analysis. {@code maxChars} bounds time and memory on huge inputs: only the first
 * {@code maxChars} characters of the body are analyzed, and the card says so.
 */
public record AnalyzerOptions(int maxChars) {

  public static AnalyzerOptions defaults() {
    return new AnalyzerOptions(60_000);
  }

  public AnalyzerOptions {
    if (maxChars < 1_000) {
      throw new IllegalArgumentException("maxChars must be >= 1000; got " + maxChars);
    }
  }
}
