package org.newsdesk.analyze;

import org.newsdesk.analyze.card.InsightCard;

/**
 * The front door of analysis: an article in, its insight card out. Build one per process (it
 * loads the NLP models and the gazetteer, some seconds and about 1.5 GB) and share it across
 * threads; {@link #analyze} is thread-safe.
 */
public final class Analyzer {

  private final AnalyzerOptions options;

  public Analyzer(AnalyzerOptions options) {
    this.options = options;
  }

  /**
   * Analyzes one article.
   *
   * @throws UnsupportedInputException if the input is empty, not text, or not English
   */
  public InsightCard analyze(ArticleInput input) {
    throw new UnsupportedOperationException("being written");
  }
}
