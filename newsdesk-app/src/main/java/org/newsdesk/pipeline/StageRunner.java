package org.newsdesk.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Claim;
import org.newsdesk.store.LeaseLostException;
import org.newsdesk.store.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A worker thread's loop: claim one item of its stage, process it, repeat; idle briefly when none. */
final class StageRunner implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(StageRunner.class);
  private static final Duration IDLE = Duration.ofMillis(500);

  private final StageStep step;
  private final WorkQueue queue;
  private final ArticleStore articles;
  private final PipelineSettings settings;
  private final String worker;
  private final AtomicBoolean running;

  StageRunner(StageStep step, WorkQueue queue, ArticleStore articles, PipelineSettings settings,
      String worker, AtomicBoolean running) {
    this.step = step;
    this.queue = queue;
    this.articles = articles;
    this.settings = settings;
    this.worker = worker;
    this.running = running;
  }

  @Override
  public void run() {
    while (running.get()) {
      List<Claim> claims;
      try {
        claims = queue.claim(step.stage(), 1, worker, settings.lease());
      } catch (RuntimeException e) {
        log.warn("{}: cannot claim work: {}", worker, e.getMessage());
        sleep(Duration.ofSeconds(2));
        continue;
      }
      if (claims.isEmpty()) {
        sleep(IDLE);
        continue;
      }
      for (Claim claim : claims) {
        runOne(claim);
      }
    }
  }

  private void runOne(Claim claim) {
    try {
      step.process(claim);
    } catch (LeaseLostException e) {
      log.warn("{}: {}", worker, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    } catch (Exception | StackOverflowError e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      try {
        if (claim.attempts() >= settings.maxAttempts()) {
          log.warn("article {}: {} failed {} times, giving up: {}", claim.articleId(),
              claim.stage(), claim.attempts(), error);
          articles.fail(claim, claim.stage() + " failed: " + error);
        } else {
          Duration wait = Duration.ofSeconds(30L << Math.min(claim.attempts(), 10));
          log.info("article {}: {} failed (attempt {}), retrying in {}: {}", claim.articleId(),
              claim.stage(), claim.attempts(), wait, error);
          queue.retryLater(claim, Instant.now().plus(wait), error);
        }
      } catch (RuntimeException storeDown) {
        // The lease runs out and the item comes back: nothing is lost.
        log.warn("article {}: cannot record failure: {}", claim.articleId(),
            storeDown.getMessage());
      }
    }
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }
}
