package org.newsdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.digest.compose.DigestRun;
import org.newsdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk digest run}: composes every digest due now into the outbox, once. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Compose the digests due now into the outbox, once, then exit.")
final class DigestRunCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Option(names = "--now", paramLabel = "ISO",
      description = "Pretend it is this instant, e.g. 2026-11-28T07:00:00Z (for testing).")
  private Instant now;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Composing threads (default ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--batch", paramLabel = "N", hidden = true,
      description = "Subscribers per transaction (default: the run's own); crash drills use"
          + " small batches to have more places to be killed in.")
  private Integer batch;

  @Override
  public Integer call() {
    NewsdeskConfig config = storeOptions.config();
    PrintWriter out = spec.commandLine().getOut();
    Instant at = now != null ? now : Instant.now();
    Clock clock = Clock.fixed(at, java.time.ZoneOffset.UTC);
    try (Database db = storeOptions.open(config)) {
      DigestRun.Result r = DigestCompositions.of(db, config, clock)
          .run(threads, batch != null ? batch : DigestComposition.BATCH).runDue(at);
      out.printf("digests stored: %d; nothing new: %d; already stored: %d%n", r.digests(),
          r.nothingNew(), r.alreadyStored());
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
