package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.bench.StartupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench startup}: from {@code serve} to the first page served. */
@Command(name = "startup", mixinStandardHelpOptions = true,
    description = "Start `newsdesk serve` several times and time its first page.")
final class BenchStartupCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--runs", defaultValue = "5", description = "Starts (default ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--fresh", description = "Each start on a new, empty data folder (initdb).")
  private boolean fresh;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("newsdesk-startup");
    List<StartupBenchmark.Run> all = new StartupBenchmark().run(data, runs + (fresh ? 0 : 1), fresh);
    // Without --fresh the first start creates the database; it is shown but not counted.
    List<StartupBenchmark.Run> counted = fresh ? all : all.subList(1, all.size());
    if (!fresh) {
      out.printf("first start (creates the database): %d ms%n", all.get(0).firstPageMs());
    }
    long[] ms = counted.stream().mapToLong(StartupBenchmark.Run::firstPageMs).sorted().toArray();
    for (long m : ms) {
      out.printf("first page after %d ms%n", m);
    }
    out.printf("median_ms=%d max_ms=%d runs=%d fresh=%s%n", ms[ms.length / 2], ms[ms.length - 1],
        ms.length, fresh);
    out.flush();
    return ExitCode.OK.code();
  }
}
