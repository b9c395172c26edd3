package org.newsdesk.pipeline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.ingest.fetch.PoliteFetcher;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.CardStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.store.GroupingLock;
import org.newsdesk.store.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running ingest pipeline of one process: worker threads for each stage, and (when asked)
 * the feed poller on a database-backed timer. Several processes on one database share the work:
 * the queue hands each item to one worker, and the scheduler fires each poll once.
 */
public final class Pipeline implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final Database db;
  private final PipelineSettings settings;
  private final PoliteFetcher fetcher;
  private final Supplier<Analyzer> analyzers;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
  private Scheduler scheduler;
  private volatile GroupingLock groupingLock;
  private java.util.function.LongConsumer analyzed = id -> { };

  public Pipeline(Database db, PipelineSettings settings, PoliteFetcher fetcher,
      Supplier<Analyzer> analyzers) {
    this.db = db;
    this.settings = settings;
    this.fetcher = fetcher;
    this.analyzers = analyzers;
  }

  /**
   * What to do with each article once its card is stored (the search index keeps in step this
   * way). Set before {@link #startWorkers()}.
   */
  public Pipeline onAnalyzed(java.util.function.LongConsumer listener) {
    this.analyzed = listener;
    return this;
  }

  /** Starts the stage workers. The analyzer (seconds to load) is built here, once. */
  public Pipeline startWorkers() {
    ArticleStore articles = new ArticleStore(db);
    WorkQueue queue = new WorkQueue(db);
    String process = ManagementFactory.getRuntimeMXBean().getName();
    int released = queue.releaseClaimsOfDeadProcesses();
    if (released > 0) {
      log.info("{} item(s) claimed by a process that died are back in the queue", released);
    }
    start(new FetchStep(fetcher, articles, queue, settings.maxAttempts()),
        settings.fetchWorkers(), process, articles, queue);
    start(new ExtractStep(articles, new DuplicateCheck(articles)), settings.extractWorkers(),
        process, articles, queue);
    if (settings.analyzeWorkers() > 0) {
      startGrouping(process, articles, queue);
    }
    if (settings.analyzeWorkers() > 0) {
      // The models take seconds to load: fetching and extraction (and a web UI) go on meanwhile.
      Thread loader = new Thread(() -> {
        Analyzer analyzer = analyzers.get();
        if (running.get()) {
          start(new AnalyzeStep(analyzer, articles, new CardStore(db), analyzed), settings.analyzeWorkers(),
              process, articles, queue);
        }
      }, "analyzer-loader");
      loader.setDaemon(true);
      loader.start();
      threads.add(loader);
    }
    return this;
  }

  /**
   * One grouper, one thread, one process: stories are decided in arrival order by whichever
   * process holds the grouping lock; the others keep trying, to take over if it stops.
   */
  private void startGrouping(String process, ArticleStore articles, WorkQueue queue) {
    Thread waiter = new Thread(() -> {
      while (running.get()) {
        var lock = GroupingLock.tryAcquire(db);
        if (lock.isPresent() && !running.get()) {
          lock.get().close();
          return;
        }
        if (lock.isPresent()) {
          groupingLock = lock.get();
          start(new GroupStep(new StoryStore(db), Duration.ofDays(7)), 1, process, articles,
              queue);
          return;
        }
        try {
          Thread.sleep(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "grouping-lock");
    waiter.setDaemon(true);
    waiter.start();
  }

  /** Polls due feeds every tick, once across all processes sharing the database. */
  public Pipeline startPolling(PollSettings poll) {
    FeedPoller poller = new FeedPoller(new SourceStore(db), new ArticleStore(db), fetcher, poll);
    RecurringTask<Void> task = Tasks.recurring("poll-feeds", FixedDelay.of(poll.tick()))
        .execute((instance, context) -> poller.pollDue());
    scheduler = Scheduler.create(db.dataSource())
        .startTasks(task)
        .threads(1)
        .pollingInterval(Duration.ofSeconds(5))
        .build();
    scheduler.start();
    return this;
  }

  private void start(StageStep step, int workers, String process, ArticleStore articles,
      WorkQueue queue) {
    for (int i = 0; i < workers; i++) {
      String name = step.stage().name().toLowerCase(java.util.Locale.ROOT) + "-" + i;
      Thread t = new Thread(new StageRunner(step, queue, articles, settings,
          process + "/" + name, running), name);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    log.info("{} {} worker(s) started", workers, step.stage());
  }

  @Override
  public void close() {
    running.set(false);
    if (scheduler != null) {
      scheduler.stop();
    }
    for (Thread t : List.copyOf(threads)) {
      try {
        t.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (groupingLock != null) {
      groupingLock.close();
    }
  }
}
