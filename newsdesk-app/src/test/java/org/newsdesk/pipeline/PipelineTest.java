package org.newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.SharedAnalyzer;
import org.newsdesk.bench.RecordedNewsSite;
import org.newsdesk.ingest.fetch.PoliteFetcher;
import java.time.Clock;
import org.newsdesk.ingest.fetch.UrlGuard;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.SourceHealth;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.TestStore;
import org.newsdesk.store.WorkQueue;

/**
 * The whole ingest path against a real HTTP server on loopback serving recorded real pages: a
 * feed is polled, its articles fetched, extracted, checked for copies and analyzed, and every
 * result lands in PostgreSQL once.
 */
class PipelineTest {

  private static final Path ZYTE = Path.of("../shared/data/zyte-article-extraction");
  private static RecordedNewsSite site;

  @BeforeAll
  static void startSite() throws Exception {
    site = RecordedNewsSite.start(ZYTE, 5);
  }

  @AfterAll
  static void stopSite() {
    site.close();
  }

  private static PoliteFetcher loopbackFetcher() {
    return new PoliteFetcher(new UrlGuard(true), PoliteFetcher.Options.defaults()
        .withHostDelays(Duration.ofMillis(10), Duration.ofSeconds(1)), Clock.systemUTC());
  }

  @Test
  void aPolledFeedEndsAsStoredInsightCardsWithCopiesRecorded() throws Exception {
    Database db = TestStore.fresh();
    SourceStore sources = new SourceStore(db);
    ArticleStore articles = new ArticleStore(db);
    long sourceId = sources.add(site.feedUrl(), Optional.empty(), Optional.empty(),
        Optional.empty()).id();

    FeedPoller poller = new FeedPoller(sources, articles, loopbackFetcher(), PollSettings.defaults());
    assertThat(poller.pollDue()).isEqualTo(1);
    assertThat(poller.pollDue()).as("the source is not due again at once").isZero();
    sources.setPollInterval(sourceId, Duration.ofMinutes(30));
    int before = site.feedNotModified();
    assertThat(poller.pollDue()).isEqualTo(1);
    assertThat(site.feedNotModified()).as("an unchanged feed costs a 304").isEqualTo(before + 1);

    // The same story reached again: once with tracking parameters (same article), once under a
    // second URL (a copy to record as "also published at").
    String first = site.ids().get(0);
    assertThat(articles.discover(article(site.baseUrl() + "/article/" + first
        + "?utm_source=rss&utm_medium=feed"))).isEmpty();
    assertThat(articles.discover(article(site.baseUrl() + "/mirror/" + first))).isPresent();

    runUntilIdle(db);

    Map<String, Integer> states = articles.countByState();
    assertThat(states).containsEntry("done", 5).containsEntry("duplicate", 1);
    Integer cards = db.jdbi().withHandle(h ->
        h.createQuery("select count(*) from insight_card").mapTo(Integer.class).one());
    assertThat(cards).isEqualTo(5);
    Integer mentions = db.jdbi().withHandle(h ->
        h.createQuery("select count(*) from mention").mapTo(Integer.class).one());
    assertThat(mentions).isPositive();
    // Two extract workers: whichever of the two URLs is extracted first is the article, the
    // other its copy.
    List<List<String>> copies = db.jdbi().withHandle(h -> h.createQuery(
            "select a.url, c.url from article_copy c join article a on a.id = c.article_id")
        .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list());
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0)).containsExactlyInAnyOrder(site.baseUrl() + "/article/" + first,
        site.baseUrl() + "/mirror/" + first);

    SourceHealth health = sources.health().get(0);
    assertThat(health.source().id()).isEqualTo(sourceId);
    assertThat(health.source().itemsSeen()).isEqualTo(5);
    assertThat(health.source().lastSuccessAt()).isPresent();
    assertThat(health.articles()).isEqualTo(5);
    assertThat(health.extractionRate().orElseThrow()).isEqualTo(1.0);
  }

  @Test
  void aDeadFeedIsRecordedOnItsSourceAndTheOthersGoOn() {
    Database db = TestStore.fresh();
    SourceStore sources = new SourceStore(db);
    sources.add(site.baseUrl() + "/gone.xml", Optional.empty(), Optional.empty(),
        Optional.empty());
    sources.add(site.baseUrl() + "/robots.txt", Optional.empty(), Optional.empty(),
        Optional.empty());
    sources.add(site.feedUrl(), Optional.empty(), Optional.empty(), Optional.empty());
    new FeedPoller(sources, new ArticleStore(db), loopbackFetcher(),
        PollSettings.defaults()).pollDue();

    List<SourceHealth> all = sources.health();
    assertThat(all.get(0).source().lastError().orElseThrow()).contains("/gone.xml").contains("404");
    assertThat(all.get(0).source().nextPollAt()).isAfter(Instant.now().plusSeconds(60));
    assertThat(all.get(1).source().lastError().orElseThrow()).contains("not a feed");
    assertThat(all.get(2).source().lastError()).isEmpty();
    assertThat(all.get(2).source().itemsSeen()).isEqualTo(5);
  }

  @Test
  void twoInstancesPollingOneDatabasePollEachFeedOnce() throws Exception {
    Database db = TestStore.fresh();
    SourceStore sources = new SourceStore(db);
    sources.add(site.feedUrl(), Optional.empty(), Optional.empty(), Optional.empty());
    int before = site.feedRequests();
    PollSettings poll = new PollSettings(Duration.ofSeconds(1), Duration.ofMinutes(15),
        Duration.ofHours(24));
    PipelineSettings noWorkers = new PipelineSettings(0, 0, 0, Duration.ofMinutes(1), 1);
    try (Pipeline a = new Pipeline(db, noWorkers, loopbackFetcher(), SharedAnalyzer::get)
            .startPolling(poll);
        Pipeline b = new Pipeline(db, noWorkers, loopbackFetcher(), SharedAnalyzer::get)
            .startPolling(poll)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (sources.health().get(0).source().lastSuccessAt().isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(4000);
    }
    assertThat(sources.health().get(0).source().itemsSeen()).isEqualTo(5);
    assertThat(site.feedRequests() - before).as("feed fetched by one instance, once")
        .isEqualTo(1);
    Integer tasks = db.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from scheduled_tasks where task_name = 'poll-feeds'")
        .mapTo(Integer.class).one());
    assertThat(tasks).as("the poll timer lives in the database").isEqualTo(1);
  }

  private static NewArticle article(String url) {
    return new NewArticle(ArticleUrls.canonical(url), Optional.empty(), "url", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static void runUntilIdle(Database db) throws InterruptedException {
    WorkQueue queue = new WorkQueue(db);
    try (Pipeline pipeline = new Pipeline(db, new PipelineSettings(4, 2, 2,
        Duration.ofMinutes(5), 3), loopbackFetcher(), SharedAnalyzer::get).startWorkers()) {
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (queue.pending(Duration.ofMinutes(1), false) > 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    }
  }
}
