package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.ingest.fetch.PoliteFetcher;
import org.newsdesk.ingest.fetch.UrlGuard;
import org.newsdesk.pipeline.Pipeline;
import org.newsdesk.pipeline.PipelineSettings;
import org.newsdesk.pipeline.PollSettings;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.StoreSettings;

/**
 * End-to-end latency under a steady load: real recorded pages appear one by one in a feed on a
 * loopback site, at a rate below the analyzer's throughput; the service polls the feed, fetches,
 * extracts, analyzes and stores. For each article: from its appearance in the feed (includes
 * waiting for the next poll) and from its discovery by the poller, to its stored insight card.
 */
public final class LatencyBenchmark {

  /** The run's shape. */
  public record Options(Path zyteDir, int items, Duration gap, Duration pollInterval,
      PipelineSettings pipeline) {}

  /** Latencies in milliseconds, one per article that reached its card. */
  public record Result(int items, int stored, List<Long> appearedToCardMs,
      List<Long> discoveredToCardMs, Duration elapsed) {}

  private final Consumer<String> log;

  public LatencyBenchmark(Consumer<String> log) {
    this.log = log;
  }

  public Result run(Options o) throws IOException, InterruptedException {
    Path data = Files.createTempDirectory("newsdesk-latency");
    // Pacing off: one loopback host stands for the many sites a real feed list spans.
    PoliteFetcher fetcher = new PoliteFetcher(new UrlGuard(true), PoliteFetcher.Options.defaults()
        .withMaxConcurrentPerHost(8).withHostDelays(Duration.ZERO, Duration.ZERO),
        java.time.Clock.systemUTC());
    try (RecordedNewsSite site = RecordedNewsSite.start(o.zyteDir(), o.items());
        Database db = Database.open(StoreSettings.embedded(data))) {
      List<String> ids = site.ids();
      site.listInFeed(List.of());
      SourceStore sources = new SourceStore(db);
      long source = sources.add(site.feedUrl(), Optional.empty(), Optional.empty(),
          Optional.empty()).id();
      sources.setPollInterval(source, o.pollInterval());
      log.accept("loading the analyzer…");
      Analyzer analyzer = new Analyzer(AnalyzerOptions.defaults());
      Map<String, Instant> appeared = new HashMap<>();
      Instant start = Instant.now();
      try (Pipeline pipeline = new Pipeline(db, o.pipeline(), fetcher, () -> analyzer)
          .startWorkers().startPolling(new PollSettings(Duration.ofSeconds(1), o.pollInterval(),
              o.pollInterval()))) {
        for (int i = 0; i < ids.size(); i++) {
          site.listInFeed(ids.subList(0, i + 1));
          appeared.put(site.baseUrl() + "/article/" + ids.get(i), Instant.now());
          Thread.sleep(o.gap().toMillis());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (stored(db) < ids.size() && System.nanoTime() < deadline) {
          Thread.sleep(250);
        }
      }
      List<Long> fromAppear = new ArrayList<>();
      List<Long> fromDiscovery = new ArrayList<>();
      db.jdbi().useHandle(h -> h.createQuery("""
              select a.url, a.discovered_at, c.analyzed_at
              from article a join insight_card c on c.article_id = a.id""")
          .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(),
              rs.getTimestamp(3).toInstant()})
          .forEach(r -> {
            Instant card = (Instant) r[2];
            Instant seen = appeared.get((String) r[0]);
            if (seen != null) {
              fromAppear.add(Duration.between(seen, card).toMillis());
            }
            fromDiscovery.add(Duration.between((Instant) r[1], card).toMillis());
          }));
      fromAppear.sort(null);
      fromDiscovery.sort(null);
      return new Result(ids.size(), fromDiscovery.size(), fromAppear, fromDiscovery,
          Duration.between(start, Instant.now()));
    }
  }

  private static int stored(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from article where state in ('done', 'duplicate', 'skipped', 'failed')")
        .mapTo(Integer.class).one());
  }

  /** The q-quantile (0..1) of sorted values, nearest rank. */
  public static long quantile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
