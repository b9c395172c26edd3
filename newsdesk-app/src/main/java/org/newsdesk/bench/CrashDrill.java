package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreSettings;

/**
 * The crash drill: {@code newsdesk ingest} of a feed of N recorded pages, run as a separate
 * process and killed with SIGKILL at random moments (while PostgreSQL starts, while pages are
 * fetched, while models load, mid-analysis), restarted each time, then left to finish. Passes
 * when the store holds exactly N articles, each analyzed once (one insight card each), with
 * nothing lost and nothing doubled.
 */
public final class CrashDrill {

  /** What the store held after the drill. */
  public record Result(int items, int kills, int articles, int distinctUrls, int cards,
      int done, Map<String, Integer> states, int pageRequests, Duration elapsed) {

    public boolean passed() {
      return articles == items && distinctUrls == items && cards == items && done == items;
    }
  }

  private final Path zyteDir;
  private final Path dataDir;
  private final Consumer<String> log;

  public CrashDrill(Path zyteDir, Path dataDir, Consumer<String> log) {
    this.zyteDir = zyteDir;
    this.dataDir = dataDir;
    this.log = log;
  }

  /**
   * Runs the drill.
   *
   * @param maxKillDelay kills land uniformly in [0.5 s, maxKillDelay] after each start
   */
  public Result run(int items, int kills, Duration maxKillDelay, long seed)
      throws IOException, InterruptedException {
    Random random = new Random(seed);
    long start = System.nanoTime();
    try (RecordedNewsSite site = RecordedNewsSite.start(zyteDir, items)) {
      if (site.ids().size() < items) {
        throw new IllegalArgumentException("only " + site.ids().size()
            + " English pages available in " + zyteDir);
      }
      for (int k = 1; k <= kills; k++) {
        long delay = 500 + (long) (random.nextDouble() * (maxKillDelay.toMillis() - 500));
        Process p = ingest(site.feedUrl());
        if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
          log.accept("run " + k + " finished before its kill at " + delay + " ms (exit "
              + p.exitValue() + ")");
          continue;
        }
        p.destroyForcibly();
        p.waitFor();
        log.accept("run " + k + " killed with SIGKILL after " + delay + " ms");
      }
      Process last = ingest(site.feedUrl());
      if (!last.waitFor(10, TimeUnit.MINUTES)) {
        last.destroyForcibly();
        throw new IllegalStateException("the final run did not finish in 10 minutes");
      }
      log.accept("final run exited with " + last.exitValue());
      try (Database db = Database.open(StoreSettings.embedded(dataDir))) {
        ArticleStore articles = new ArticleStore(db);
        Map<String, Integer> states = articles.countByState();
        int[] counts = db.jdbi().withHandle(h -> new int[] {
            h.createQuery("select count(*) from article").mapTo(Integer.class).one(),
            h.createQuery("select count(distinct url) from article").mapTo(Integer.class).one(),
            h.createQuery("select count(*) from insight_card").mapTo(Integer.class).one()});
        return new Result(items, kills, counts[0], counts[1], counts[2],
            states.getOrDefault("done", 0), states, site.pageRequests(),
            Duration.ofNanos(System.nanoTime() - start));
      }
    }
  }

  /** {@code newsdesk ingest FEED} in a child JVM. */
  private Process ingest(String feedUrl) throws IOException {
    return ChildCli.start(dataDir.resolve("drill.log"), List.of("-Xmx3g"), List.of("ingest", feedUrl,
        "--data", dataDir.toString(), "--allow-private-addresses", "--no-progress"));
  }
}
