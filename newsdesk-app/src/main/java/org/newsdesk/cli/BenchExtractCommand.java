package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.ExtractBenchmark;
import org.newsdesk.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench extract}: see {@link ExtractBenchmark}. */
@Command(name = "extract", sortOptions = false, mixinStandardHelpOptions = true,
    description = "Time the article extractor on real news pages held in memory: pages/s, MB/s,"
        + " per-page latency percentiles and heap.")
final class BenchExtractCommand implements Callable<Integer> {

  /** Relative to the repository root (the launcher exports it as NEWSDESK_HOME). */
  static final String DEFAULT_CORPUS = "../shared/data/zyte-article-extraction";

  @Spec
  private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "A directory with html/<id>.html[.gz] and, for the pages' URLs, "
          + "ground-truth.json (default: the Zyte pages, " + DEFAULT_CORPUS
          + " from the repository root).")
  private Path corpus;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads sharing one extractor (default ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "10",
      description = "Timed passes over all pages (default ${DEFAULT-VALUE}).")
  private int passes;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
      description = "Untimed passes over all pages first (default ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Only the first N pages (default: all).")
  private int limit;

  @Override
  public Integer call() {
    if (threads < 1 || passes < 1) {
      throw new ParameterException(spec.commandLine(),
          "--threads and --passes must be >= 1; got " + threads + " and " + passes);
    }
    if (warmup < 0 || limit < 0) {
      throw new ParameterException(spec.commandLine(),
          "--warmup and --limit must be >= 0; got " + warmup + " and " + limit);
    }
    Path dir = corpus != null ? corpus : CorpusPaths.fromRepositoryRoot(DEFAULT_CORPUS);
    if (!Files.isDirectory(dir.resolve("html"))) {
      throw new CommandFailure(ExitCode.NO_INPUT, "no pages at " + dir.resolve("html")
          + (corpus == null ? " (run from the repository root, or pass --corpus)" : ""));
    }
    ExtractBenchmark.Result result;
    try {
      result = new ExtractBenchmark(new ArticleExtractor(), spec.commandLine().getErr())
          .run(new ExtractBenchmark.Options(dir, threads, passes, warmup, limit));
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.IO, "cannot read the pages at " + dir + ": "
          + e.getMessage(), e);
    }
    ExtractBenchmark.report(result, spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
