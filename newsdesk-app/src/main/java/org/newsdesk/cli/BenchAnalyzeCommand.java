package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.AnalyzeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench analyze}: see {@link AnalyzeBenchmark}. */
@Command(name = "analyze", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "Time our analyzer and, in the same run, the plain CoreNLP chain ("
            + AnalyzeBenchmark.BASELINE_ANNOTATORS + ") on real article bodies: articles/s,"
            + " tokens/s, peak heap, and their ratio.",
        "The baseline needs more heap than the default: JAVA_OPTS='-Xmx8g' ./newsdesk bench"
            + " analyze"})
final class BenchAnalyzeCommand implements Callable<Integer> {

  /** Relative to the repository root (the launcher exports it as NEWSDESK_HOME). */
  static final String DEFAULT_CORPUS = "../shared/data/zyte-article-extraction/ground-truth.json";

  @Spec
  private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "PATH",
      description = "JSON object of id → {articleBody, url} (default: the Zyte ground truth, "
          + DEFAULT_CORPUS + " from the repository root).")
  private Path corpus;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads sharing one pipeline (default ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Only the first N articles (default: all).")
  private int limit;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
      description = "Untimed articles to warm up on first (default ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--skip-baseline", description = "Run our analyzer only.")
  private boolean skipBaseline;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be >= 1; got " + threads);
    }
    if (warmup < 0 || limit < 0) {
      throw new ParameterException(spec.commandLine(),
          "--warmup and --limit must be >= 0; got " + warmup + " and " + limit);
    }
    Path path = corpus != null ? corpus : CorpusPaths.fromRepositoryRoot(DEFAULT_CORPUS);
    if (!Files.isRegularFile(path)) {
      throw new CommandFailure(ExitCode.NO_INPUT, "no corpus at " + path
          + (corpus == null ? " (run from the repository root, or pass --corpus)" : ""));
    }
    new AnalyzeBenchmark(spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(new AnalyzeBenchmark.Options(path, threads, limit, warmup, skipBaseline));
    return ExitCode.OK.code();
  }

}
