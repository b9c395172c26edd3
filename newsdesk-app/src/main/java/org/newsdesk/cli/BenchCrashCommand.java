package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsdesk.bench.CrashDrill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench crash}: the crash drill, as long as you like. */
@Command(name = "crash", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Ingest N recorded pages from a loopback site in a child process, kill it "
        + "with SIGKILL at random moments, restart, and check that exactly N articles were "
        + "stored and analyzed once."})
final class BenchCrashCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--items", paramLabel = "N", defaultValue = "40",
      description = "Articles in the feed (default ${DEFAULT-VALUE}).")
  private int items;

  @Option(names = "--kills", paramLabel = "K", defaultValue = "10",
      description = "Kills before the final run (default ${DEFAULT-VALUE}).")
  private int kills;

  @Option(names = "--max-delay", paramLabel = "SECONDS", defaultValue = "40",
      description = "Kills land at random up to this long after each start (default ${DEFAULT-VALUE}).")
  private int maxDelay;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: time).")
  private Long seed;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The Zyte pages (default ../shared/data/zyte-article-extraction).")
  private Path corpus;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("newsdesk-crash-drill");
    long s = seed != null ? seed : System.nanoTime();
    out.printf("crash drill: %d items, %d kills, seed %d, data in %s%n", items, kills, s, data);
    out.flush();
    CrashDrill.Result r = new CrashDrill(corpus != null ? corpus
        : CorpusPaths.fromRepositoryRoot("../shared/data/zyte-article-extraction"), data,
        line -> {
          out.println("  " + line);
          out.flush();
        }).run(items, kills, Duration.ofSeconds(maxDelay), s);
    out.printf("articles=%d distinct_urls=%d cards=%d done=%d states=%s page_requests=%d"
            + " elapsed=%ds%n", r.articles(), r.distinctUrls(), r.cards(), r.done(), r.states(),
        r.pageRequests(), r.elapsed().toSeconds());
    out.println(r.passed() ? "PASS: every article once, analyzed once" : "FAIL");
    out.flush();
    return r.passed() ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
  }
}
