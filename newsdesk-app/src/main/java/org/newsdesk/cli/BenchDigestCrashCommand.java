package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.bench.DigestCrashDrill;
import org.newsdesk.bench.TemporaryFolder;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench digest-crash}: the sender's crash drill, as long as you like. */
@Command(name = "digest-crash", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"A day's digest run for N subscribers under SIGKILL: compose with `newsdesk "
        + "digest run` in child processes killed K times mid-run and restarted, then send with "
        + "`newsdesk digest send` to a loopback SMTP server, killed K times mid-sending. Checks "
        + "that every subscriber with news has exactly one digest, no one else any, every row "
        + "was sent, and every reader got exactly one Message-ID."})
final class BenchDigestCrashCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--subscribers", paramLabel = "N", defaultValue = "1000",
      description = "Subscribers due now (default ${DEFAULT-VALUE}).")
  private int subscribers;

  @Option(names = "--kills", paramLabel = "K", defaultValue = "8",
      description = "Kills of each half before its final run (default ${DEFAULT-VALUE}).")
  private int kills;

  @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "200",
      description = "The sender's rate limit (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared data folder the day's stories come from (default ../shared/data).")
  private Path shared;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: time).")
  private Long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TemporaryFolder folder = TemporaryFolder.create("newsdesk-digest-drill");
    Path data = folder.path();
    long s = seed != null ? seed : System.nanoTime();
    out.printf("digest crash drill: %d subscribers, %d kills, seed %d, data in %s%n",
        subscribers, kills, s, data);
    out.flush();
    DigestCrashDrill.Result r;
    try (Database db = Database.open(StoreSettings.embedded(data))) {
      r = new DigestCrashDrill(db, shared != null ? shared
          : CorpusPaths.fromRepositoryRoot("../shared/data"), data, line -> {
            out.println("  " + line);
            out.flush();
          }).run(subscribers, kills, rate, s);
    }
    DigestCrashDrill.Composed c = r.composed();
    out.printf("composing: subscribers=%d with_news=%d runs=%d digests=%d"
            + " with_news_with_one_digest=%d without_news_mailed=%d still_due=%d"
            + " digests_without_stories=%d%n", c.subscribers(), c.withNews(), c.runs(),
        c.digests(), c.withNewsWithOneDigest(), c.withoutNewsMailed(), c.stillDue(),
        c.digestsWithoutStories());
    DigestCrashDrill.Sent d = r.sent();
    out.printf("sending: rows sent=%d states=%s received=%d distinct_message_ids=%d"
            + " recipients_with_one_message_id=%d duplicates_by_message_id=%d"
            + " kills_inside_data=%d%n", d.rowsSent(), d.states(), d.received(),
        d.distinctMessageIds(), d.recipientsWithOneMessageId(), d.duplicates(),
        d.killsInHandler());
    out.printf("elapsed=%ds%n", r.elapsed().toSeconds());
    out.println(r.passed() ? "PASS: one digest per subscriber with news, none for the others;"
        + " every row sent, one Message-ID per reader" : "FAIL");
    out.flush();
    if (r.passed()) {
      folder.close();
    } else {
      out.println("the children's output is in " + data.resolve("digest-drill.log"));
    }
    return r.passed() ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
  }
}
