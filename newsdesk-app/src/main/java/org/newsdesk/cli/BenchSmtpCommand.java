package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.bench.SmtpBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench smtp}: digests per second over loopback SMTP, 1 and 2 connections. */
@Command(name = "smtp", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Build digests (~30 KB HTML) as MIME and send them over loopback SMTP to the "
        + "built-in sink (counting, not storing) with 1 and with 2 connections; print "
        + "messages per second."})
final class BenchSmtpCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--messages", paramLabel = "N", defaultValue = "20000",
      description = "Messages per run (default ${DEFAULT-VALUE}).")
  private int messages;

  @Option(names = "--dkim", description = "DKIM-sign every message (RSA 2048).")
  private boolean dkim;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // A short warm-up so the first run is not the JIT's.
    SmtpBenchmark.run(Math.min(2000, messages), 1, dkim);
    for (int connections : new int[] {1, 2}) {
      SmtpBenchmark.Result r = SmtpBenchmark.run(messages, connections, dkim);
      out.printf("smtp: %d connection(s), %d messages%s in %.1f s: %.0f messages/s,"
              + " %.1f MB/s (%.1f KB/message)%n", connections, r.messages(),
          dkim ? " DKIM-signed" : "", r.elapsed().toMillis() / 1000.0, r.messagesPerSecond(),
          r.megabytesPerSecond(), r.bytes() / 1000.0 / r.messages());
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
