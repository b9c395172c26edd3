package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.DigestCrashDrill;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench digest-crash}: the sender's crash drill, as long as you like. */
@Command(name = "digest-crash", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Send N digests from the outbox to a loopback SMTP server with `newsdesk "
        + "digest send` in a child process, kill it with SIGKILL K times mid-sending, restart, "
        + "and check that every row was sent and every reader got exactly one Message-ID."})
final class BenchDigestCrashCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--mails", paramLabel = "N", defaultValue = "1000",
      description = "Digests in the outbox (default ${DEFAULT-VALUE}).")
  private int mails;

  @Option(names = "--kills", paramLabel = "K", defaultValue = "8",
      description = "Kills before the final run (default ${DEFAULT-VALUE}).")
  private int kills;

  @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "200",
      description = "The sender's rate limit (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: time).")
  private Long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("newsdesk-digest-drill");
    long s = seed != null ? seed : System.nanoTime();
    out.printf("digest crash drill: %d mails, %d kills, seed %d, data in %s%n", mails, kills, s,
        data);
    out.flush();
    DigestCrashDrill.Result r;
    try (Database db = Database.open(StoreSettings.embedded(data))) {
      r = new DigestCrashDrill(db, data, line -> {
        out.println("  " + line);
        out.flush();
      }).run(mails, kills, rate, s);
    }
    out.printf("rows sent=%d states=%s received=%d distinct_message_ids=%d"
            + " recipients_with_one_message_id=%d duplicates_by_message_id=%d"
            + " kills_inside_data=%d elapsed=%ds%n", r.rowsSent(), r.states(), r.received(),
        r.distinctMessageIds(), r.recipientsWithOneMessageId(), r.duplicates(),
        r.killsInHandler(), r.elapsed().toSeconds());
    out.println(r.passed() ? "PASS: every row sent, one Message-ID per reader" : "FAIL");
    out.flush();
    return r.passed() ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
  }
}
