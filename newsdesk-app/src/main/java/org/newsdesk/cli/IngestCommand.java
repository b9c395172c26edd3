package org.newsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.ingest.files.LocalArticles;
import org.newsdesk.ingest.fetch.FetchException;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.pipeline.Pipeline;
import org.newsdesk.pipeline.PipelineSettings;
import org.newsdesk.pipeline.UrlIntake;
import org.newsdesk.search.SearchException;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.store.SearchSource;
import org.slf4j.LoggerFactory;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.WorkQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk ingest FILE|DIR|URL…}: takes articles in, runs them through fetch, extract and
 * analyze, and returns when nothing is left to do now. Work left by an earlier run that stopped
 * (a crash, Ctrl-C) is finished too; nothing already stored is done twice.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingest articles from files, folders, pages or feeds into the store, and "
        + "analyze them.",
        "Files: .html/.htm pages, .txt (one paragraph a line), .jsonl lines of "
            + "{url, title, published, source, html|text, licence, attribution}. A URL may be an"
            + " article or a feed."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL")
  private List<String> inputs;

  @Option(names = "--no-analyze", description = "Store and extract only; analyze later.")
  private boolean noAnalyze;

  @Option(names = "--no-progress", description = "No progress bar (for logs and scripts).")
  private boolean noProgress;

  private final CliContext context;

  IngestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String input : inputs) {
      if (!isUrl(input) && !Files.exists(Path.of(input))) {
        throw new CommandFailure(ExitCode.NO_INPUT, "no such file or folder: " + input);
      }
    }
    NewsdeskConfig config = storeOptions.config();
    PageFetcher fetcher = storeOptions.fetcher(config);
    try (Database db = storeOptions.open(config)) {
      ArticleStore articles = new ArticleStore(db);
      List<Long> added = new ArrayList<>();
      int[] known = {0};
      int[] problems = {0};
      java.util.function.Consumer<NewArticle> take = a -> articles.discover(a)
          .ifPresentOrElse(added::add, () -> known[0]++);
      LocalArticles files = new LocalArticles(p -> {
        problems[0]++;
        err.println("newsdesk: skipped " + p.where() + ": " + p.message());
      });
      for (String input : inputs) {
        if (isUrl(input)) {
          try {
            new UrlIntake(fetcher).read(URI.create(input), take);
          } catch (FetchException e) {
            throw new CommandFailure(e.problem() == FetchException.Problem.REFUSED
                ? ExitCode.REFUSED : ExitCode.IO, e.getMessage(), e);
          }
        } else {
          files.read(Path.of(input), take);
        }
      }
      err.printf("newsdesk: %d new article(s), %d already known%s%n", added.size(), known[0],
          problems[0] == 0 ? "" : ", " + problems[0] + " skipped");
      PipelineSettings settings = config.pipeline();
      if (noAnalyze) {
        settings = new PipelineSettings(settings.fetchWorkers(), settings.extractWorkers(), 0,
            settings.lease(), settings.maxAttempts());
      }
      if (new WorkQueue(db).pending(Duration.ofMinutes(2), noAnalyze) == 0) {
        out.println("articles by state: " + articles.countByState());
        out.flush();
        return ExitCode.OK.code();
      }
      SearchIndex index = openIndexIfFree(config);
      try (Pipeline pipeline = new Pipeline(db, settings, storeOptions.politeFetcher(config),
          () -> context.analyzers().apply(AnalyzerOptions.defaults()))) {
        if (index != null) {
          SearchIndexer indexer = new SearchIndexer(new SearchSource(db), index);
          pipeline.onAnalyzed(indexer::indexArticle);
        }
        pipeline.startWorkers();
        waitUntilIdle(new WorkQueue(db), noAnalyze, err);
      } finally {
        if (index != null) {
          index.close();
        }
      }
      Map<String, Integer> states = articles.countByState();
      out.println("articles by state: " + states);
      out.flush();
      return ExitCode.OK.code();
    }
  }

  /** Waits until no work is due within two minutes (later retries are left for the next run). */
  private void waitUntilIdle(WorkQueue queue, boolean skipAnalyze, PrintWriter err)
      throws InterruptedException {
    Duration horizon = Duration.ofMinutes(2);
    int start = queue.pending(horizon, skipAnalyze);
    if (start == 0) {
      return;
    }
    ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("ingest")
        .setInitialMax(start).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
        .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(
            System.err)).build();
    int max = start;
    try {
      while (true) {
        int left = queue.pending(horizon, skipAnalyze);
        if (bar != null) {
          max = Math.max(max, left);
          bar.maxHint(max);
          bar.stepTo(max - left);
          bar.setExtraMessage(queue.backlog().toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (left == 0) {
          return;
        }
        Thread.sleep(500);
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /**
   * The search index, unless another process (a running {@code serve}) holds it; that one then
   * indexes these articles itself when it next starts or catches up.
   */
  private static SearchIndex openIndexIfFree(NewsdeskConfig config) {
    try {
      return SearchIndex.open(SearchIndexFolder.of(config));
    } catch (SearchException e) {
      LoggerFactory.getLogger(IngestCommand.class).warn(
          "not indexing for search now ({}); `newsdesk reindex` or the service will", e.getMessage());
      return null;
    }
  }

  private static boolean isUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }
}
