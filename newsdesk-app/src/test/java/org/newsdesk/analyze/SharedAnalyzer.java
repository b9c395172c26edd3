package org.newsdesk.analyze;

/** One analyzer for the whole test run: loading the models takes seconds and gigabytes. */
public final class SharedAnalyzer {

  private static Analyzer analyzer;

  private SharedAnalyzer() {}

  public static synchronized Analyzer get() {
    if (analyzer == null) {
      analyzer = new Analyzer(AnalyzerOptions.defaults());
    }
    return analyzer;
  }
}
