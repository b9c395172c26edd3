package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.bench.DigestBenchmark;
import org.newsdesk.bench.TemporaryFolder;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench digest}: compose N personalised digests in one run, timed. */
@Command(name = "digest", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Build a day of real stories (ECB+ and Wikinews articles, features derived by"
        + " rule) or use an analyzed store (--data), add N synthetic subscribers all due now,"
        + " compose every digest into the outbox in one run, and print digests/s, total"
        + " seconds, p50/p99 per digest and the mean HTML size."})
final class BenchDigestCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--subscribers", paramLabel = "N", defaultValue = "100000",
      description = "Subscribers (default ${DEFAULT-VALUE}).")
  private int subscribers;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Composing threads (default ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--data", paramLabel = "DIR",
      description = "An existing store with analyzed stories; its stories are used and the"
          + " benchmark's subscribers removed afterwards. Default: a fresh temporary store.")
  private Path data;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The shared data folder (default ../shared/data).")
  private Path corpus;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--sample", description = "Also print the first digest's text part.")
  private boolean sample;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // A store of one's own (--data) is kept, the benchmark's readers removed; a scratch one goes.
    Optional<TemporaryFolder> scratch = data != null ? Optional.empty()
        : Optional.of(TemporaryFolder.create("newsdesk-bench-digest"));
    Path dir = scratch.map(TemporaryFolder::path).orElse(data);
    out.printf("digest benchmark: %d subscribers, %d threads, store in %s%n", subscribers,
        threads, dir);
    out.flush();
    try (Database db = Database.open(StoreSettings.embedded(dir))) {
      return measure(db, out);
    } finally {
      scratch.ifPresent(TemporaryFolder::close);
    }
  }

  private int measure(Database db, PrintWriter out) {
    DigestBenchmark.Result r;
    try {
      r = new DigestBenchmark(db, line -> {
        out.println("  " + line);
        out.flush();
      }).run(data != null ? Optional.empty() : Optional.of(corpus != null ? corpus
          : CorpusPaths.fromRepositoryRoot("../shared/data")), subscribers, threads, seed);
    } finally {
      if (data != null) {
        DigestBenchmark.removeSubscribers(db);
      }
    }
    out.printf("candidate stories=%d digests=%d nothing_new=%d outbox_rows=%d%n", r.stories(),
        r.digests(), r.nothingNew(), r.outboxRows());
    out.printf("total=%.1fs digests/s=%.0f p50=%.2fms p99=%.2fms mean_html=%.0f bytes%n",
        r.seconds(), r.digestsPerSecond(), r.p50Millis(), r.p99Millis(), r.meanHtmlBytes());
    out.printf("newsdesk JVM cpu=%.1fs (%.2f ms per digest)%n", r.jvmCpuSeconds(),
        r.digests() == 0 ? 0 : r.jvmCpuSeconds() * 1000 / r.digests());
    if (sample) {
      out.println(r.sample());
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
