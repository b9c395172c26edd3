package org.newsdesk.digest.compose;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.newsdesk.digest.deliver.MailRetention;
import org.newsdesk.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the due digests every tick on a database-backed timer (db-scheduler), so across
 * instances one run fires per tick; should two overlap anyway, the run's row locks and the
 * outbox's unique key still give each subscriber one digest a day. Hourly, on the same timer,
 * the mail retention empties old bodies.
 */
public final class DigestTimer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DigestTimer.class);

  private final Scheduler scheduler;

  private DigestTimer(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  public static DigestTimer start(Database db, DigestComposition digests, Clock clock) {
    DigestRun run = digests.run(1);
    RecurringTask<Void> task = Tasks.recurring("compose-digests",
            FixedDelay.of(digests.settings().tick()))
        .execute((instance, context) -> {
          DigestRun.Result r = run.runDue(clock.instant());
          if (r.digests() + r.nothingNew() > 0) {
            log.info("digests: {} stored, {} with nothing new", r.digests(), r.nothingNew());
          }
        });
    MailRetention retention = new MailRetention(db, digests.settings().keepSentBodies());
    RecurringTask<Void> prune = Tasks.recurring("prune-mail-bodies",
            FixedDelay.of(Duration.ofHours(1)))
        .execute((instance, context) -> retention.prune(clock.instant()));
    Scheduler scheduler = Scheduler.create(db.dataSource())
        .startTasks(task, prune)
        .threads(1)
        .pollingInterval(Duration.ofSeconds(10))
        .build();
    scheduler.start();
    return new DigestTimer(scheduler);
  }

  @Override
  public void close() {
    scheduler.stop();
  }
}
