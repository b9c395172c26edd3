package org.newsdesk.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.newsdesk.analyze.ArticleInput;
import org.newsdesk.analyze.SharedAnalyzer;
import org.newsdesk.analyze.card.CardJson;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.store.ArticleCredit;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.CardStore;
import org.newsdesk.store.Claim;
import org.newsdesk.store.Database;
import org.newsdesk.store.ExtractedFields;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.RawPage;
import org.newsdesk.store.Stage;
import org.newsdesk.store.WorkQueue;

/** Puts analyzed articles in the store through its public API, as the pipeline would. */
public final class WebFixture {

  static final Path SEED = Path.of("newsdesk-app/src/test/resources/seed-article/article.txt");

  private WebFixture() {}

  /** Stores {@code text} as an analyzed article published on {@code day}; returns its id. */
  public static long analyzed(Database db, String url, String title, String source, String text,
      LocalDate day) {
    return analyzed(db, url, title, source, text, day, ArticleCredit.NONE);
  }

  /** As above, for an article that came with a licence and attribution to show. */
  public static long analyzed(Database db, String url, String title, String source, String text,
      LocalDate day, ArticleCredit credit) {
    ArticleStore articles = new ArticleStore(db);
    WorkQueue queue = new WorkQueue(db);
    Instant published = day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    long id = articles.discover(new NewArticle(url, Optional.empty(), "file", Optional.of(source),
        Optional.of(title), Optional.empty(), Optional.of(published),
        Optional.of(new RawPage(url, 200, Optional.of("text/plain"), Optional.of("UTF-8"),
            text.getBytes(StandardCharsets.UTF_8))), credit)).orElseThrow();
    Claim extract = claim(queue, Stage.EXTRACT, id);
    articles.completeExtract(extract, new ExtractedFields(Optional.of(title), Optional.empty(),
        Optional.of(published), Optional.of("en"), Optional.empty(), Optional.empty(), text,
        "hash-" + id, Optional.empty(), new long[0]), Optional.empty());
    Claim analyze = claim(queue, Stage.ANALYZE, id);
    InsightCard card = SharedAnalyzer.get().analyze(ArticleInput.text(text, day));
    new CardStore(db).completeAnalyze(analyze, card, CardJson.write(card));
    Claim group = claim(queue, Stage.GROUP, id);
    new org.newsdesk.pipeline.GroupStep(new org.newsdesk.store.StoryStore(db),
        Duration.ofDays(7)).process(group);
    return id;
  }

  public static String seedText() throws java.io.IOException {
    return Files.readString(SEED);
  }

  private static Claim claim(WorkQueue queue, Stage stage, long id) {
    return queue.claim(stage, 100, "test", Duration.ofMinutes(5)).stream()
        .filter(c -> c.articleId() == id).findFirst().orElseThrow();
  }
}
