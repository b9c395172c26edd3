package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real time, with tolerances generous enough for a loaded CI machine. */
@Timeout(30)
class HostThrottleTest {

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  @Test
  void requestStartsToOneHostAreAtLeastTheDelayApart() throws Exception {
    HostThrottle throttle = new HostThrottle(1, Duration.ofMillis(300), Duration.ofSeconds(5));
    long start = System.nanoTime();
    throttle.acquire("a.example", Duration.ZERO).close();
    throttle.acquire("A.EXAMPLE", Duration.ZERO).close();
    throttle.acquire("a.example", Duration.ZERO).close();
    assertThat(millisSince(start)).isGreaterThanOrEqualTo(580);
  }

  @Test
  void aCrawlDelayRaisesTheDelayButOnlyUpToTheMaximum() throws Exception {
    HostThrottle throttle = new HostThrottle(1, Duration.ofMillis(10), Duration.ofMillis(400));
    long start = System.nanoTime();
    throttle.acquire("a.example", Duration.ofMillis(200)).close();
    throttle.acquire("a.example", Duration.ofHours(1)).close();
    long afterFirstWait = millisSince(start);
    throttle.acquire("a.example", Duration.ZERO).close();
    assertThat(afterFirstWait).isBetween(190L, 2_000L);
    assertThat(millisSince(start)).isBetween(580L, 3_000L);
  }

  @Test
  void otherHostsDoNotWait() throws Exception {
    HostThrottle throttle = new HostThrottle(1, Duration.ofSeconds(30), Duration.ofSeconds(30));
    long start = System.nanoTime();
    try (HostThrottle.Permit a = throttle.acquire("a.example", Duration.ZERO);
        HostThrottle.Permit b = throttle.acquire("b.example", Duration.ZERO)) {
      assertThat(millisSince(start)).isLessThan(1_000);
    }
  }

  @Test
  void noMoreThanTheLimitAreInFlightAtOnce() throws Exception {
    HostThrottle throttle = new HostThrottle(2, Duration.ZERO, Duration.ZERO);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    Future<?>[] workers = new Future<?>[6];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = pool.submit(() -> {
        go.await();
        try (HostThrottle.Permit p = throttle.acquire("a.example", Duration.ZERO)) {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          Thread.sleep(100);
          inFlight.decrementAndGet();
        }
        return null;
      });
    }
    go.countDown();
    for (Future<?> w : workers) {
      w.get(10, TimeUnit.SECONDS);
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void anInterruptedWaiterGivesUpWithoutTakingASlot() throws Exception {
    HostThrottle throttle = new HostThrottle(1, Duration.ZERO, Duration.ZERO);
    HostThrottle.Permit held = throttle.acquire("a.example", Duration.ZERO);
    AtomicInteger interrupted = new AtomicInteger();
    Thread waiter = new Thread(() -> {
      try {
        throttle.acquire("a.example", Duration.ZERO);
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
      }
    });
    waiter.start();
    Thread.sleep(100);
    waiter.interrupt();
    waiter.join(5_000);
    assertThat(interrupted.get()).isEqualTo(1);
    held.close();
    long start = System.nanoTime();
    throttle.acquire("a.example", Duration.ZERO).close();
    assertThat(millisSince(start)).isLessThan(1_000);
  }

  @Test
  void closingAPermitTwiceFreesOneSlot() throws Exception {
    HostThrottle throttle = new HostThrottle(1, Duration.ZERO, Duration.ZERO);
    HostThrottle.Permit p = throttle.acquire("a.example", Duration.ZERO);
    p.close();
    p.close();
    HostThrottle.Permit q = throttle.acquire("a.example", Duration.ZERO);
    Future<?> blocked = pool.submit(() -> throttle.acquire("a.example", Duration.ZERO));
    Thread.sleep(150);
    assertThat(blocked.isDone()).isFalse();
    q.close();
    blocked.get(5, TimeUnit.SECONDS);
  }

  @Test
  void badLimitsAreRejected() {
    assertThatThrownBy(() -> new HostThrottle(0, Duration.ZERO, Duration.ZERO))
        .hasMessage("maxConcurrent must be >= 1; got 0");
  }
}
