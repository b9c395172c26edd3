package org.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk bench}: benchmarks, one subcommand each. */
@Command(name = "bench", description = "Benchmarks.", mixinStandardHelpOptions = true,
    subcommands = {BenchAnalyzeCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }
}
