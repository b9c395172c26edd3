package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.ExtractionEvaluation;
import org.newsdesk.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk eval extraction}: see {@link ExtractionEvaluation}. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score the article extractor on the Zyte article-extraction benchmark: precision,"
        + " recall and F1 of 4-token shingles of the body, as the benchmark computes them.")
final class EvalExtractionCommand implements Callable<Integer> {

  /** Relative to the repository root (the launcher exports it as NEWSDESK_HOME). */
  static final String DEFAULT_DIR = "../shared/data/zyte-article-extraction";

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "The benchmark: ground-truth.json and html/<id>.html.gz (default: " + DEFAULT_DIR + ").")
  private Path dir;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Also write the predictions in the benchmark's format, {\"<id>\": {\"articleBody\": \"…\"}}.")
  private Path output;

  @Option(names = "--pages", description = "Also print each page's F1, precision and recall, worst first.")
  private boolean pages;

  @Override
  public Integer call() {
    Path benchmark = dir != null ? dir : CorpusPaths.fromRepositoryRoot(DEFAULT_DIR);
    if (!Files.isRegularFile(benchmark.resolve("ground-truth.json")) || !Files.isDirectory(benchmark.resolve("html"))) {
      throw new CommandFailure(ExitCode.NO_INPUT,
          "no benchmark at " + benchmark + " (expected ground-truth.json and html/)");
    }
    ExtractionEvaluation.Result result;
    try {
      result = new ExtractionEvaluation(new ArticleExtractor()).run(benchmark);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.IO, "cannot read the benchmark at " + benchmark + ": " + e.getMessage(), e);
    }
    if (output != null) {
      try {
        ExtractionEvaluation.writePredictions(result, output);
      } catch (IOException e) {
        throw new CommandFailure(ExitCode.IO, "cannot write " + output + ": " + e.getMessage(), e);
      }
    }
    ExtractionEvaluation.report(result, spec.commandLine().getOut(), pages);
    return ExitCode.OK.code();
  }
}
