package org.newsdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.digest.compose.DigestPreview;
import org.newsdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk digest preview EMAIL}: the digest a subscriber would get now, not stored. */
@Command(name = "preview", mixinStandardHelpOptions = true,
    description = "Print the digest a subscriber would get now (HTML, or --text), without"
        + " storing or sending it.")
final class DigestPreviewCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Parameters(paramLabel = "EMAIL|ID", description = "The subscriber.")
  private String subscriber;

  @Option(names = "--text", description = "The plain-text part instead of the HTML.")
  private boolean text;

  @Option(names = "--now", paramLabel = "ISO",
      description = "Pretend it is this instant, e.g. 2026-11-28T07:00:00Z.")
  private Instant now;

  @Override
  public Integer call() {
    NewsdeskConfig config = storeOptions.config();
    PrintWriter out = spec.commandLine().getOut();
    Instant at = now != null ? now : Instant.now();
    try (Database db = storeOptions.open(config)) {
      DigestPreview.Preview p = DigestCompositions.of(db, config, Clock.systemUTC()).preview()
          .of(subscriber, at)
          .orElseThrow(() -> new CommandFailure(ExitCode.USAGE, "no subscriber " + subscriber));
      if (p.digest().isEmpty()) {
        spec.commandLine().getErr().println("newsdesk: nothing new for " + p.subscriber().email()
            + ": no digest would be sent now");
        return ExitCode.OK.code();
      }
      var mail = p.digest().get().mail();
      if (text) {
        out.println("Subject: " + mail.subject());
        out.println();
        out.print(mail.text());
      } else {
        out.print(mail.html());
      }
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
