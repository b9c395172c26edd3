package org.newsdesk.digest.compose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.newsdesk.digest.DigestSchedule;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.rank.RankedStory;
import org.newsdesk.digest.rank.StoryFact;
import org.newsdesk.store.Database;
import org.newsdesk.store.DigestRunStore;
import org.newsdesk.store.OutboxStore;

/**
 * Composes the digests that are due: claims due subscribers in batches ({@code FOR UPDATE SKIP
 * LOCKED}, so concurrent runs on other threads or instances take other subscribers), and for a
 * batch in one transaction stores each digest in the outbox (one batched insert with the same
 * rule as {@code OutboxStore.enqueue}, {@code OutboxStore.enqueueAll}), records its stories, and moves each
 * subscriber's coverage and due time on. A crash rolls the batch back whole; the outbox's unique
 * (subscriber, kind, day) key means a digest already stored is never stored again, whatever
 * happens between.
 */
public final class DigestRun {

  /** Called inside a batch's transaction after each subscriber is planned; tests crash here. */
  @FunctionalInterface
  public interface Hook {
    void afterSubscriber(Subscriber s);

    Hook NONE = s -> { };
  }

  /** What a run did: digests stored, subscribers with nothing new, time spent per digest. */
  public record Result(int digests, int nothingNew, int alreadyStored, List<Stored> stored,
      long[] nanosPerSubscriber, long htmlBytes) {}

  /** A digest this run stored. */
  public record Stored(long subscriberId, long outboxId, java.time.LocalDate day, Instant at) {}

  private final Database db;
  private final DigestPlanner planner;
  private final int batchSize;
  private final int threads;
  private final Hook hook;
  private final java.util.function.IntConsumer onStored;

  public DigestRun(Database db, DigestPlanner planner, int batchSize, int threads, Hook hook) {
    this(db, planner, batchSize, threads, hook, n -> { });
  }

  /** @param onStored told how many digests each committed batch stored (for the metrics) */
  public DigestRun(Database db, DigestPlanner planner, int batchSize, int threads, Hook hook,
      java.util.function.IntConsumer onStored) {
    this.db = db;
    this.planner = planner;
    this.batchSize = batchSize;
    this.threads = threads;
    this.hook = hook;
    this.onStored = onStored;
  }

  /** Composes every digest due at {@code now}, the composition's cut-off. */
  public Result runDue(Instant now) {
    CandidatePool pool = CandidatePool.load(db, now);
    Tally tally = new Tally();
    if (threads <= 1) {
      drain(pool, now, tally);
      return tally.result();
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "digest-run");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(workers.submit(() -> drain(pool, now, tally)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("digest run interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      workers.shutdownNow();
    }
    return tally.result();
  }

  /** Batches until no due subscriber is left unclaimed. */
  private void drain(CandidatePool pool, Instant now, Tally tally) {
    while (true) {
      Tally batch = new Tally();
      int claimed = db.jdbi().inTransaction(h -> batch(h, pool, now, batch));
      // Counted once the transaction has committed: a batch rolled back stored nothing.
      tally.add(batch);
      onStored.accept(batch.digests.get());
      if (claimed == 0) {
        return;
      }
    }
  }

  private int batch(Handle h, CandidatePool pool, Instant now, Tally tally) {
    List<Subscriber> due = DigestRunStore.claimDue(h, now, batchSize);
    if (due.isEmpty()) {
      return 0;
    }
    long start = System.nanoTime();
    List<DigestPlanner.Plan> plans = planner.plan(h, pool, due);
    List<DigestRunStore.Advance> advances = new ArrayList<>(plans.size());
    List<org.newsdesk.digest.deliver.OutgoingMail> mails = new ArrayList<>();
    for (DigestPlanner.Plan plan : plans) {
      Subscriber s = plan.subscriber();
      plan.digest().ifPresent(d -> mails.add(d.mail()));
      advances.add(new DigestRunStore.Advance(s.id(), now,
          DigestSchedule.nextAfter(now, s.zone(), s.sendHour())));
      hook.afterSubscriber(s);
    }
    // One round trip for the batch's mails; the outbox's unique key keeps one per day.
    Map<Long, Long> outboxIds = OutboxStore.enqueueAll(h, mails);
    List<DigestRunStore.SentRow> sent = new ArrayList<>();
    Tally local = new Tally();
    for (DigestPlanner.Plan plan : plans) {
      Subscriber s = plan.subscriber();
      if (plan.digest().isEmpty()) {
        local.nothingNew.incrementAndGet();
        continue;
      }
      ComposedDigest digest = plan.digest().get();
      Long outboxId = outboxIds.get(s.id());
      if (outboxId == null) {
        // Stored by an earlier run that crashed before moving this subscriber on.
        local.alreadyStored.incrementAndGet();
        continue;
      }
      local.digests.incrementAndGet();
      local.htmlBytes.addAndGet(digest.mail().html().length());
      local.stored.add(new Stored(s.id(), outboxId, plan.day(), now));
      for (RankedStory r : digest.stories()) {
        sent.add(new DigestRunStore.SentRow(s.id(), r.story().id(), outboxId, plan.day(),
            r.story().articles(), r.story().independentSources(),
            r.story().facts().stream().map(StoryFact::key).toList()));
      }
    }
    DigestRunStore.recordSent(h, sent);
    DigestRunStore.advance(h, advances);
    // Per digest: its own ranking and composing, plus an even share of the batch's SQL.
    long planned = plans.stream().mapToLong(DigestPlanner.Plan::nanos).sum();
    long sharedEach = Math.max(0, System.nanoTime() - start - planned) / due.size();
    long[] each = plans.stream().mapToLong(p -> p.nanos() + sharedEach).toArray();
    // Into the batch's own tally, which drain adds to the run's once the transaction commits.
    tally.add(local, each);
    return due.size();
  }

  /** Counts across worker threads. */
  private static final class Tally {
    final AtomicInteger digests = new AtomicInteger();
    final AtomicInteger nothingNew = new AtomicInteger();
    final AtomicInteger alreadyStored = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong htmlBytes =
        new java.util.concurrent.atomic.AtomicLong();
    final List<Stored> stored = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<long[]> nanos = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Adds a committed batch's tally. */
    void add(Tally batch) {
      List<long[]> each;
      synchronized (batch.nanos) {
        each = List.copyOf(batch.nanos);
      }
      digests.addAndGet(batch.digests.get());
      nothingNew.addAndGet(batch.nothingNew.get());
      alreadyStored.addAndGet(batch.alreadyStored.get());
      htmlBytes.addAndGet(batch.htmlBytes.get());
      stored.addAll(batch.stored);
      nanos.addAll(each);
    }

    void add(Tally batch, long[] each) {
      digests.addAndGet(batch.digests.get());
      nothingNew.addAndGet(batch.nothingNew.get());
      alreadyStored.addAndGet(batch.alreadyStored.get());
      htmlBytes.addAndGet(batch.htmlBytes.get());
      stored.addAll(batch.stored);
      nanos.add(each);
    }

    Result result() {
      long[] all;
      synchronized (nanos) {
        all = nanos.stream().flatMapToLong(java.util.Arrays::stream).toArray();
      }
      synchronized (stored) {
        return new Result(digests.get(), nothingNew.get(), alreadyStored.get(),
            List.copyOf(stored), all, htmlBytes.get());
      }
    }
  }
}
