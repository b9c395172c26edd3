package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.bench.SearchBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench search}: search latency, Lucene and PostgreSQL, over a large corpus. */
@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Build a corpus of recombined real articles in a temporary store, index it, "
        + "and time a fixed set of queries with Lucene and with PostgreSQL full-text search."})
final class BenchSearchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
  private int articles;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads searching at once (default ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "20",
      description = "Times each thread runs every query on Lucene (default ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--postgres-rounds", paramLabel = "N", defaultValue = "2",
      description = "The same for PostgreSQL, whose queries take far longer"
          + " (default ${DEFAULT-VALUE}).")
  private int postgresRounds;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared data folder (default ../shared/data).")
  private Path shared;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || threads < 1 || rounds < 1 || postgresRounds < 1) {
      throw new CommandFailure(ExitCode.USAGE,
          "--articles, --threads, --rounds and --postgres-rounds must be >= 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    SearchBenchmark.Result r = new SearchBenchmark(line -> {
      out.println(line);
      out.flush();
    }).run(new SearchBenchmark.Options(
        shared != null ? shared : CorpusPaths.fromRepositoryRoot("../shared/data"), articles,
        threads, rounds, postgresRounds, 42));
    out.printf("%d articles stored in %.1f s, Lucene index %.1f s, PostgreSQL GIN index %.1f s%n",
        r.articles(), r.insertS(), r.luceneIndexS(), r.postgresIndexS());
    line(out, "Lucene", r.luceneMs());
    line(out, "PostgreSQL full text", r.postgresMs());
    out.printf("articles=%d queries=%d threads=%d lucene_p50_ms=%.2f lucene_p95_ms=%.2f"
            + " lucene_p99_ms=%.2f postgres_p50_ms=%.2f postgres_p95_ms=%.2f"
            + " postgres_p99_ms=%.2f%n",
        r.articles(), r.queries(), threads,
        SearchBenchmark.quantile(r.luceneMs(), 0.5), SearchBenchmark.quantile(r.luceneMs(), 0.95),
        SearchBenchmark.quantile(r.luceneMs(), 0.99),
        SearchBenchmark.quantile(r.postgresMs(), 0.5),
        SearchBenchmark.quantile(r.postgresMs(), 0.95),
        SearchBenchmark.quantile(r.postgresMs(), 0.99));
    out.flush();
    return ExitCode.OK.code();
  }

  private static void line(PrintWriter out, String what, List<Double> ms) {
    out.printf("%-22s %6d searches  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  max %8.2f ms%n",
        what, ms.size(), SearchBenchmark.quantile(ms, 0.5), SearchBenchmark.quantile(ms, 0.95),
        SearchBenchmark.quantile(ms, 0.99), SearchBenchmark.quantile(ms, 1.0));
  }
}
