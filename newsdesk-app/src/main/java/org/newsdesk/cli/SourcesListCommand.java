package org.newsdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.store.Database;
import org.newsdesk.store.Source;
import org.newsdesk.store.SourceHealth;
import org.newsdesk.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk sources list}: every source with its health — last success, last error, items
 * seen, share of its articles whose body was found — so that a failing feed is seen, not silent.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the sources with their health.")
final class SourcesListCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Override
  public Integer call() {
    List<SourceHealth> all;
    try (Database db = storeOptions.open(storeOptions.config())) {
      all = new SourceStore(db).health();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (all.isEmpty()) {
      out.println("no sources yet; add one with: newsdesk sources add URL");
    }
    Instant now = Instant.now();
    out.printf("%-4s %-6s %-30s %-9s %-9s %6s %8s  %s%n", "id", "status", "title", "success",
        "next", "items", "bodies", "url / last error");
    for (SourceHealth h : all) {
      Source s = h.source();
      String status = !s.enabled() ? "off" : s.consecutiveFailures() > 0 ? "FAIL" : "ok";
      out.printf("%-4d %-6s %-30s %-9s %-9s %6d %8s  %s%n", s.id(), status,
          cut(s.title().orElse("-"), 30), ago(s.lastSuccessAt(), now),
          until(s.nextPollAt(), now), s.itemsSeen(),
          h.extractionRate().isPresent()
              ? Math.round(100 * h.extractionRate().getAsDouble()) + "%" : "-",
          s.url());
      if (s.consecutiveFailures() > 0 && s.lastError().isPresent()) {
        out.printf("%-4s %-6s %s failure(s), last %s: %s%n", "", "",
            s.consecutiveFailures(), ago(s.lastErrorAt(), now), s.lastError().get());
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String ago(Optional<Instant> t, Instant now) {
    return t.map(i -> human(Duration.between(i, now)) + " ago").orElse("never");
  }

  private static String until(Instant t, Instant now) {
    Duration d = Duration.between(now, t);
    return d.isNegative() ? "due" : "in " + human(d);
  }

  private static String human(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s < 120 ? s + "s" : s < 7200 ? s / 60 + "m" : s < 172800 ? s / 3600 + "h"
        : s / 86400 + "d";
  }
}
