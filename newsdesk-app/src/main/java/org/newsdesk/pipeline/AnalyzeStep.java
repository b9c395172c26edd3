package org.newsdesk.pipeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.ArticleInput;
import org.newsdesk.analyze.UnsupportedInputException;
import org.newsdesk.analyze.card.CardJson;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ArticleToAnalyze;
import org.newsdesk.store.CardStore;
import org.newsdesk.store.Claim;
import org.newsdesk.store.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyzes an extracted article and stores its insight card. Text the analyzer refuses (not
 * English) skips the article, saying why; it is not an error to retry.
 */
final class AnalyzeStep implements StageStep {

  private static final Logger log = LoggerFactory.getLogger(AnalyzeStep.class);

  private final Analyzer analyzer;
  private final ArticleStore articles;
  private final CardStore cards;
  private final java.util.function.LongConsumer analyzed;

  AnalyzeStep(Analyzer analyzer, ArticleStore articles, CardStore cards,
      java.util.function.LongConsumer analyzed) {
    this.analyzer = analyzer;
    this.articles = articles;
    this.cards = cards;
    this.analyzed = analyzed;
  }

  @Override
  public Stage stage() {
    return Stage.ANALYZE;
  }

  @Override
  public void process(Claim claim) {
    ArticleToAnalyze a = articles.forAnalysis(claim.articleId());
    LocalDate published = a.publishedAt().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate())
        .orElse(null);
    InsightCard card;
    try {
      card = analyzer.analyze(ArticleInput.text(a.body(), published));
    } catch (UnsupportedInputException e) {
      log.info("article {}: not analyzed: {}", a.id(), e.getMessage());
      articles.skip(claim, e.getMessage());
      return;
    }
    cards.completeAnalyze(claim, card, CardJson.write(card));
    try {
      analyzed.accept(a.id());
    } catch (RuntimeException e) {
      // Derived data (the search index) can be rebuilt; the stored card is what matters.
      log.warn("article {}: analyzed and stored, but not indexed: {}", a.id(), e.getMessage());
    }
    log.debug("article {}: analyzed: {} entities, {} quotes, {} events", a.id(),
        card.entities().size(), card.quotes().size(), card.events().size());
  }
}
