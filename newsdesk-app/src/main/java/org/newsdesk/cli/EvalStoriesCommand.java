package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.StoryEvaluation;
import org.newsdesk.story.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk eval stories}: see {@link StoryEvaluation}. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Stream labelled articles through the online story grouper and score its stories:"
        + " BCubed and pairwise precision, recall and F1, and the confusions between stories.")
final class EvalStoriesCommand implements Callable<Integer> {

  /** Relative to the repository root (the launcher exports it as NEWSDESK_HOME). */
  static final String DEFAULT_SET = "../shared/data/ecbplus-stories/ecbplus.jsonl";

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "JSON Lines of {id, title, text, published, source, cluster[, topic]}, or the UCI News"
          + " Aggregator CSV as published (default: " + DEFAULT_SET + ").")
  private Path file;

  @Option(names = "--misses", description = "List every confusion, not only the biggest.")
  private boolean misses;

  @Override
  public Integer call() throws Exception {
    Path path = file != null ? file : CorpusPaths.fromRepositoryRoot(DEFAULT_SET);
    if (!Files.isRegularFile(path)) {
      throw new CommandFailure(ExitCode.NO_INPUT, "no labelled articles at " + path);
    }
    new StoryEvaluation().run(path, StoryOptions.defaults(), spec.commandLine().getOut(), misses);
    return ExitCode.OK.code();
  }
}
