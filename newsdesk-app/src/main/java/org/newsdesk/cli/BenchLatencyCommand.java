package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.bench.LatencyBenchmark;
import org.newsdesk.pipeline.PipelineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench latency}: feed item to stored insight card, under a steady load. */
@Command(name = "latency", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Publish recorded pages one by one in a loopback feed at a steady rate and "
        + "measure each one's time to its stored insight card."})
final class BenchLatencyCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--items", paramLabel = "N", defaultValue = "60",
      description = "Articles to publish (default ${DEFAULT-VALUE}).")
  private int items;

  @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "1.0",
      description = "Articles published per second (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "10",
      description = "The feed's polling interval (default ${DEFAULT-VALUE}).")
  private int poll;

  @Option(names = "--analyze-workers", paramLabel = "N", defaultValue = "2")
  private int analyzeWorkers;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The Zyte pages (default ../shared/data/zyte-article-extraction).")
  private Path corpus;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LatencyBenchmark.Options o = new LatencyBenchmark.Options(corpus != null ? corpus
        : CorpusPaths.fromRepositoryRoot("../shared/data/zyte-article-extraction"), items,
        Duration.ofMillis(Math.round(1000 / rate)), Duration.ofSeconds(poll),
        new PipelineSettings(8, 2, analyzeWorkers, Duration.ofMinutes(10), 5));
    LatencyBenchmark.Result r = new LatencyBenchmark(line -> {
      out.println(line);
      out.flush();
    }).run(o);
    out.printf("%d of %d articles stored in %ds (publishing at %.2f/s, feed polled every %ds)%n",
        r.stored(), r.items(), r.elapsed().toSeconds(), rate, poll);
    line(out, "appeared in feed -> card", r.appearedToCardMs());
    line(out, "discovered by poll -> card", r.discoveredToCardMs());
    out.printf("p95_appeared_ms=%d p95_discovered_ms=%d stored=%d items=%d%n",
        LatencyBenchmark.quantile(r.appearedToCardMs(), 0.95),
        LatencyBenchmark.quantile(r.discoveredToCardMs(), 0.95), r.stored(), r.items());
    out.flush();
    return ExitCode.OK.code();
  }

  private static void line(PrintWriter out, String what, List<Long> ms) {
    out.printf("%-28s p50 %6d ms  p95 %6d ms  max %6d ms%n", what,
        LatencyBenchmark.quantile(ms, 0.5), LatencyBenchmark.quantile(ms, 0.95),
        LatencyBenchmark.quantile(ms, 1.0));
  }
}
