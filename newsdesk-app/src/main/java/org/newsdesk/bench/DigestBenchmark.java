package org.newsdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsdesk.digest.DigestSettings;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.digest.compose.DigestRun;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.store.Database;
import org.newsdesk.web.security.ServerSecret;
import org.newsdesk.web.security.Signer;

/**
 * The digest benchmark: a day of real stories, {@code subscribers} synthetic readers all due
 * now, one run composing every digest into the outbox. Reports the run alone (not building the
 * store): digests per second, total seconds, per-digest p50/p99, mean HTML size.
 */
public final class DigestBenchmark {

  /** The figures. */
  public record Result(int subscribers, int digests, int nothingNew, int stories, double seconds,
      double digestsPerSecond, double p50Millis, double p99Millis, double meanHtmlBytes,
      long outboxRows, double jvmCpuSeconds, String sample) {}

  private final Database db;
  private final Consumer<String> progress;

  public DigestBenchmark(Database db, Consumer<String> progress) {
    this.db = db;
    this.progress = progress;
  }

  /**
   * @param shared the shared data folder, to build the day's stories; empty: use the stories
   *     already in the store (the run then pretends it is just after the newest one)
   */
  public Result run(Optional<Path> shared, int subscribers, int threads, long seed) {
    Instant now;
    if (shared.isPresent()) {
      now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      long t = System.nanoTime();
      DigestBenchCorpus.Built built = new DigestBenchCorpus(db, seed).build(shared.get(), now);
      progress.accept(String.format("built %d stories from %d real articles in %.1f s",
          built.stories(), built.articles(), (System.nanoTime() - t) / 1e9));
    } else {
      now = db.jdbi().withHandle(h -> h.createQuery("select max(updated_at) from story")
              .mapTo(Instant.class).findOne())
          .orElseThrow(() -> new IllegalStateException("the store has no stories"))
          .plusSeconds(60);
    }
    long t = System.nanoTime();
    BenchSubscribers.Followables followables = BenchSubscribers.followables(db);
    BenchSubscribers.insert(db, subscribers, followables, now, seed);
    progress.accept(String.format("inserted %d subscribers (follows from %d entities, %d"
            + " countries, %d topics) in %.1f s", subscribers, followables.entities().size(),
        followables.countries().size(), followables.topics().size(),
        (System.nanoTime() - t) / 1e9));
    DigestComposition composition = new DigestComposition(db,
        DigestSettings.defaults(java.net.URI.create("https://news.example.org")),
        MailSettings.sinkOnly("Newsdesk <digest@news.example.org>"),
        new Signer(ServerSecret.of(new byte[32])), Clock.fixed(now, ZoneOffset.UTC));
    var os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    DigestRun.Result r = composition.run(threads).runDue(now);
    double seconds = (System.nanoTime() - start) / 1e9;
    // This process's CPU (ranking, rendering, JDBC; not PostgreSQL's): a figure other load on
    // the machine does not distort.
    double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
    String sample = db.jdbi().withHandle(h -> h.createQuery(
            "select 'Subject: ' || subject || E'\\n\\n' || text_body from outbox order by id limit 1")
        .mapTo(String.class).findOne().orElse(""));
    long[] nanos = r.nanosPerSubscriber().clone();
    Arrays.sort(nanos);
    int stories = db.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from story where updated_at > :from and updated_at <= :now")
        .bind("from", now.minus(java.time.Duration.ofDays(1))).bind("now", now)
        .mapTo(Integer.class).one());
    long outbox = db.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from outbox where recipient like '%@" + BenchSubscribers.DOMAIN + "'")
        .mapTo(Long.class).one());
    return new Result(subscribers, r.digests(), r.nothingNew(), stories, seconds,
        r.digests() / seconds, percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.99) / 1e6,
        r.digests() == 0 ? 0 : r.htmlBytes() / (double) r.digests(), outbox, cpu, sample);
  }

  /** Removes the benchmark's subscribers and their digests (from a store that is kept). */
  public static void removeSubscribers(Database db) {
    BenchSubscribers.remove(db);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
