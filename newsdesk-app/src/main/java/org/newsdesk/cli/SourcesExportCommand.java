package org.newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.ingest.feeds.FeedSubscription;
import org.newsdesk.ingest.feeds.OpmlWriter;
import org.newsdesk.store.Database;
import org.newsdesk.store.Source;
import org.newsdesk.store.SourceHealth;
import org.newsdesk.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsdesk sources export}: the sources as OPML on standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the sources as OPML 2.0 to standard output.")
final class SourcesExportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Override
  public Integer call() {
    List<FeedSubscription> subs;
    try (Database db = storeOptions.open(storeOptions.config())) {
      subs = new SourceStore(db).health().stream().map(SourceHealth::source)
          .map(SourcesExportCommand::subscription).toList();
    }
    spec.commandLine().getOut().print(new OpmlWriter().writeString("Newsdesk sources", subs));
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }

  private static FeedSubscription subscription(Source s) {
    return new FeedSubscription(s.title(), s.url(), s.siteUrl(),
        s.category().map(List::of).orElse(List.of()));
  }
}
