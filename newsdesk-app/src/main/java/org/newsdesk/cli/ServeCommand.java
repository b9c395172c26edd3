package org.newsdesk.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.DigestMetrics;
import org.newsdesk.digest.deliver.MailAdminRoutes;
import org.newsdesk.digest.deliver.MailDelivery;
import org.newsdesk.digest.subscribe.SubscribeRoutes;
import org.newsdesk.pipeline.Pipeline;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.newsdesk.web.WebServer;
import org.newsdesk.web.security.WebSecurity;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.store.SearchSource;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.Optional;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.digest.compose.DigestPreviewRoutes;
import org.newsdesk.digest.compose.DigestTimer;
import org.newsdesk.web.RouteGroup;
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
    StartupWarmup.start();
    NewsdeskConfig config = storeOptions.config(
        port != null ? java.util.Map.of("web.port", port) : java.util.Map.of());
    CountDownLatch stop = new CountDownLatch(1);
    int port = config.web().port();
    WebSecurity security = security(config);
    Clock clock = Clock.systemUTC();
    try (Database db = storeOptions.open(config);
        SearchIndex index = SearchIndexFolder.open(config)) {
      DigestComposition digests = new DigestComposition(db, config.digest(), config.mail(),
          security.signer(), clock);
      try (WebServer web = new WebServer(db, Optional.of(index), security,
              webRoutes(db, config, security, digests, clock))
              .start(config.web().host(), port);
          MailDelivery mail = MailDelivery.open(db, config.mail());
          Pipeline pipeline = new Pipeline(db, config.pipeline(),
              storeOptions.politeFetcher(config),
              () -> context.analyzers().apply(AnalyzerOptions.defaults()))) {
        SearchIndexer indexer = new SearchIndexer(new SearchSource(db), index);
        catchUp(indexer, index, new SearchSource(db));
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
        pipeline.onAnalyzed(indexer::indexArticle).startPolling(config.poll()).startWorkers();
        DigestMetrics.register(web.metrics(), mail.sender(), db, digests);
        mail.sender().recover();
        mail.sender().start(1, java.time.Duration.ofSeconds(5));
        try (DigestTimer timer = DigestTimer.start(db, digests, clock)) {
          stop.await();
        }
      }
    }
    return ExitCode.OK.code();
  }

  /** The pages other modules add: subscribing, the admin's mail and digest previews. */
  private static List<RouteGroup> webRoutes(Database db, NewsdeskConfig config,
      WebSecurity security, DigestComposition digests, Clock clock) {
    return List.of(
        new SubscribeRoutes(db, new DigestLinks(security.signer(), config.digest(), clock),
            config.mail(), clock),
        new MailAdminRoutes(db),
        new DigestPreviewRoutes(digests.preview(), clock));
  }

  /** CSRF and admin login; on the start that makes the admin password, it is printed once. */
  private WebSecurity security(NewsdeskConfig config) {
    WebSecurity security = WebSecurity.open(config.store().dataDir(),
        WebSecurity.Settings.of(config.web().secret(), config.web().adminPassword())
            .behindProxy(config.web().behindProxy()));
    security.startupNotice().ifPresent(notice -> {
      spec.commandLine().getErr().println("newsdesk: " + notice);
      spec.commandLine().getErr().flush();
    });
    return security;
  }

  /**
   * The index is derived data: when it lags the store (articles ingested while it was held by
   * another process, a deleted index folder), it is rebuilt in the background while pages serve.
   */
  private static void catchUp(SearchIndexer indexer, SearchIndex index, SearchSource source) {
    if (index.size() >= source.countAnalyzed()) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        indexer.reindexAll((done, total) -> { });
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(ServeCommand.class).warn("search index rebuild failed: {}",
            e.getMessage());
      }
    }, "reindex");
    t.setDaemon(true);
    t.start();
  }
}
