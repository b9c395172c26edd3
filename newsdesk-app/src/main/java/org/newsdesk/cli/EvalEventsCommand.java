package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.bench.EventEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk eval events}: see {@link EventEvaluation}. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Score the event extractor against PLOVER's hand-coded gold records: precision,"
        + " recall and F1 of event categories, and source/target accuracy.")
final class EvalEventsCommand implements Callable<Integer> {

  /** Relative to the repository root (the launcher exports it as NEWSDESK_HOME). */
  static final String DEFAULT_GOLD = "../shared/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt";

  private final CliContext context;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "JSON array of PLOVER records (default: " + DEFAULT_GOLD + ").")
  private Path gold;

  @Option(names = "--misses", description = "Also print every record whose event was missed.")
  private boolean misses;

  EvalEventsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Path path = gold != null ? gold : CorpusPaths.fromRepositoryRoot(DEFAULT_GOLD);
    if (!Files.isRegularFile(path)) {
      throw new CommandFailure(ExitCode.NO_INPUT, "no gold records at " + path);
    }
    Analyzer analyzer = context.analyzers().apply(AnalyzerOptions.defaults());
    new EventEvaluation().run(analyzer, path, spec.commandLine().getOut(), misses);
    return ExitCode.OK.code();
  }
}
