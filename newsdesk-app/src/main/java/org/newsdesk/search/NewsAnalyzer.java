package org.newsdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Text fields (title, body, quotes) get English stemming and stop words; name fields (entity,
 * speaker, place, …) are one token each, lower-cased and accent-folded, so that {@code
 * speaker:"vladimir putin"} finds "Vladimir Putin" and "Vladimír Putin" but not "Putin" alone.
 *
 * <p>Multi-valued fields (several quotes, several entities) keep a wide position gap between
 * values, so a phrase never matches across the end of one quote and the start of the next.
 */
final class NewsAnalyzer extends DelegatingAnalyzerWrapper {

  private static final int GAP_BETWEEN_VALUES = 100;

  private final Analyzer english = new EnglishAnalyzer();
  private final Analyzer names = new NameAnalyzer();

  NewsAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return IndexFields.NAME_FIELDS.contains(fieldName) ? names : english;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP_BETWEEN_VALUES;
  }

  @Override
  public void close() {
    english.close();
    names.close();
    super.close();
  }

  /** A whole name as one lower-case, accent-free token. */
  private static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source,
          new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    // Wildcard and prefix terms (entity:korea*) are normalized like indexed names.
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
