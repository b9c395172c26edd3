package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.digest.deliver.MailDelivery;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.digest.deliver.OutboxSender;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdesk digest send}: sends the outbox's due mail, then exits. */
@Command(name = "send", mixinStandardHelpOptions = true,
    description = {"Send the queued outbox mail that is due, through the configured relay (or "
        + "into the built-in sink when none is configured), then exit. Retries scheduled for "
        + "later are left for a later run."})
final class DigestSendCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Option(names = "--smtp", paramLabel = "HOST:PORT",
      description = "Send to this plain SMTP server instead (no TLS, no login): for tests and"
          + " drills against a loopback server.")
  private String smtp;

  @Option(names = "--rate", paramLabel = "PER_SECOND",
      description = "Messages per second at most (default: mail.messages-per-second).")
  private Double rate;

  @Override
  public Integer call() throws InterruptedException {
    NewsdeskConfig config = storeOptions.config();
    MailSettings settings = settings(config.mail());
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = storeOptions.open(config);
        MailDelivery delivery = MailDelivery.open(db, settings)) {
      OutboxSender sender = delivery.sender();
      sender.recover();
      sender.drain(OutboxSender.workerName("send"));
      OutboxSender.Counts c = sender.counts();
      int later = new OutboxStore(db).due(java.time.Duration.ofDays(7));
      err.printf("newsdesk: sent %d, failed %d, suppressed %d, to retry %d; %d queued for"
          + " later%s%n", c.sent(), c.failed(), c.suppressed(), c.retried(), later,
          delivery.sink().isPresent() ? " (no relay configured: sent to the built-in sink,"
              + " read it at /admin/mail)" : "");
      err.flush();
    }
    return ExitCode.OK.code();
  }

  private MailSettings settings(MailSettings configured) {
    MailSettings s = configured;
    if (smtp != null) {
      int colon = smtp.lastIndexOf(':');
      if (colon < 0) {
        throw new CommandFailure(ExitCode.USAGE, "--smtp wants HOST:PORT, not " + smtp);
      }
      s = new MailSettings(s.from(), Optional.of(new MailSettings.Relay(smtp.substring(0, colon),
          Integer.parseInt(smtp.substring(colon + 1)), false, false, Optional.empty(),
          Optional.empty())), s.sinkPort(), s.messagesPerSecond(), s.dkim());
    } else if (s.relay().isEmpty()) {
      // A serve may hold the configured sink port; a one-shot sink takes any free one.
      s = new MailSettings(s.from(), s.relay(), 0, s.messagesPerSecond(), s.dkim());
    }
    if (rate != null) {
      s = new MailSettings(s.from(), s.relay(), s.sinkPort(), rate, s.dkim());
    }
    return s;
  }
}
