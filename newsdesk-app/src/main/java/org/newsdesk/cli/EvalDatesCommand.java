package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.PublicationDateEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk eval dates}: see {@link PublicationDateEvaluation}. */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = "Check the publication dates the extractor gives on the Zyte benchmark's pages:"
        + " coverage, sources, agreement between independent signals, accuracy on a hand-checked gold set.")
final class EvalDatesCommand implements Callable<Integer> {

  /** Relative to the repository root, like the benchmark. */
  static final String DEFAULT_GOLD = "newsdesk-app/src/test/resources/dates/zyte-dates-gold.tsv";

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "The benchmark: ground-truth.json and html/<id>.html.gz (default: "
          + EvalExtractionCommand.DEFAULT_DIR + ").")
  private Path dir;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Hand-checked days, id<TAB>yyyy-mm-dd|none<TAB>evidence (default: " + DEFAULT_GOLD
          + " when it exists).")
  private Path gold;

  @Option(names = "--pages", description = "Also print each page's chosen date and every signal.")
  private boolean pages;

  @Override
  public Integer call() {
    Path benchmark = dir != null ? dir : CorpusPaths.fromRepositoryRoot(EvalExtractionCommand.DEFAULT_DIR);
    if (!Files.isRegularFile(benchmark.resolve("ground-truth.json")) || !Files.isDirectory(benchmark.resolve("html"))) {
      throw new CommandFailure(ExitCode.NO_INPUT,
          "no benchmark at " + benchmark + " (expected ground-truth.json and html/)");
    }
    Path goldFile = gold;
    if (goldFile == null) {
      Path byDefault = CorpusPaths.fromRepositoryRoot(DEFAULT_GOLD);
      goldFile = Files.isRegularFile(byDefault) ? byDefault : null;
    } else if (!Files.isRegularFile(goldFile)) {
      throw new CommandFailure(ExitCode.NO_INPUT, "no gold file at " + goldFile);
    }
    PublicationDateEvaluation.Result result;
    try {
      result = new PublicationDateEvaluation().run(benchmark, goldFile);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.IO, "cannot read the benchmark at " + benchmark + ": " + e.getMessage(), e);
    }
    PublicationDateEvaluation.report(result, spec.commandLine().getOut(), pages);
    return ExitCode.OK.code();
  }
}
