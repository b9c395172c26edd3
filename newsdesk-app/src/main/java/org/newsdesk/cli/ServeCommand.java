package org.newsdesk.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.pipeline.Pipeline;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.newsdesk.web.WebServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk serve}: the long-running service: polls the sources when due and runs every
 * article through the pipeline, until stopped (Ctrl-C or SIGTERM finish cleanly; a kill loses
 * nothing either, the next start resumes).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the service: the web UI and API, and the pipeline (poll, fetch, extract,"
        + " analyze), until stopped.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Option(names = "--port", paramLabel = "PORT",
      description = "Port of the web UI (default 8080, or NEWSDESK_WEB_PORT; 0 picks a free one).")
  private Integer port;

  @Option(names = "--no-default-sources",
      description = "On a first start, do not add the default list of world-news feeds.")
  private boolean noDefaultSources;

  private final CliContext context;

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    NewsdeskConfig config = storeOptions.config();
    CountDownLatch stop = new CountDownLatch(1);
    int port = this.port != null ? this.port : config.web().port();
    try (Database db = storeOptions.open(config);
        WebServer web = new WebServer(db).start(config.web().host(), port);
        Pipeline pipeline = new Pipeline(db, config.pipeline(), storeOptions.politeFetcher(config),
            () -> context.analyzers().apply(AnalyzerOptions.defaults()))) {
      SourceStore sourceStore = new SourceStore(db);
      if (sourceStore.health().isEmpty() && !noDefaultSources) {
        int added = DefaultSources.importInto(sourceStore);
        spec.commandLine().getErr().printf("newsdesk: first start: added %d default sources"
            + " (replace them with `newsdesk sources import FILE.opml`)%n", added);
      }
      int sources = sourceStore.health().size();
      spec.commandLine().getErr().printf(
          "newsdesk: serving http://%s:%d/ with %d source(s); data in %s%n",
          config.web().host(), web.port(), sources,
          config.store().jdbcUrl().orElse(config.store().dataDir().toString()));
      spec.commandLine().getErr().flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      pipeline.startPolling(config.poll()).startWorkers();
      stop.await();
    }
    return ExitCode.OK.code();
  }
}
