package org.newsdesk.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Paces requests to each host, for many worker threads at once: at most {@code maxConcurrent}
 * requests to one host in flight, and request starts to one host at least a delay apart (the
 * default, or the host's robots.txt Crawl-delay, never more than {@code maxDelay} so that one
 * host's demand cannot stall a worker for minutes).
 *
 * <p>A worker that may not start yet sleeps on its host's condition until a slot is released or
 * the delay has passed; nothing spins. Hosts are keyed by name alone (http and https of one host
 * share a server). A host's state is kept while someone uses it or its delay has not run out, and
 * idle hosts are swept once the map passes {@code SWEEP_AT} entries, so polling many hosts does
 * not grow memory without bound.
 */
final class HostThrottle {

  private static final int SWEEP_AT = 4_096;

  private final int maxConcurrent;
  private final Duration minDelay;
  private final Duration maxDelay;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  HostThrottle(int maxConcurrent, Duration minDelay, Duration maxDelay) {
    this(maxConcurrent, minDelay, maxDelay, System::nanoTime);
  }

  HostThrottle(int maxConcurrent, Duration minDelay, Duration maxDelay, LongSupplier nanoTime) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be >= 1; got " + maxConcurrent);
    }
    if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= minDelay <= maxDelay; got " + minDelay
          + " and " + maxDelay);
    }
    this.maxConcurrent = maxConcurrent;
    this.minDelay = minDelay;
    this.maxDelay = maxDelay;
    this.nanoTime = nanoTime;
  }

  /** A slot for one request to one host; closing it lets the next request in. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits until a request to {@code host} may start, and takes a slot.
   *
   * @param crawlDelay the delay the host asks for, raised to the minimum and cut to the maximum
   * @throws InterruptedException if the thread is interrupted while waiting; no slot is taken
   */
  Permit acquire(String host, Duration crawlDelay) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    long delay = delayNanos(crawlDelay);
    if (hosts.size() > SWEEP_AT) {
      sweep();
    }
    Host h = hosts.compute(key, (k, existing) -> {
      Host state = existing == null ? new Host(nanoTime.getAsLong()) : existing;
      state.users++;
      return state;
    });
    boolean acquired = false;
    try {
      h.lock.lock();
      try {
        while (true) {
          long now = nanoTime.getAsLong();
          long wait = h.nextStart - now;
          if (h.active < maxConcurrent && wait <= 0) {
            h.active++;
            h.nextStart = now + delay;
            acquired = true;
            break;
          }
          if (h.active >= maxConcurrent) {
            h.changed.await();
          } else {
            h.changed.awaitNanos(wait);
          }
        }
      } finally {
        h.lock.unlock();
      }
    } finally {
      if (!acquired) {
        leave(key);
      }
    }
    return new HostPermit(key, h);
  }

  private long delayNanos(Duration crawlDelay) {
    Duration d = crawlDelay.compareTo(minDelay) < 0 ? minDelay
        : crawlDelay.compareTo(maxDelay) > 0 ? maxDelay : crawlDelay;
    return d.toNanos();
  }

  private void leave(String key) {
    hosts.computeIfPresent(key, (k, state) -> {
      state.users--;
      return state;
    });
  }

  private void sweep() {
    long now = nanoTime.getAsLong();
    for (String key : hosts.keySet()) {
      // users only changes inside compute, so this check and the removal are one atomic step.
      hosts.computeIfPresent(key, (k, state) -> state.users == 0 && state.idleAt(now)
          ? null : state);
    }
  }

  /** How many hosts are tracked (for tests of the sweep). */
  int trackedHosts() {
    return hosts.size();
  }

  private final class HostPermit implements Permit {
    private final String key;
    private final Host host;
    private boolean closed;

    HostPermit(String key, Host host) {
      this.key = key;
      this.host = host;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      host.lock.lock();
      try {
        host.active--;
        host.changed.signalAll();
      } finally {
        host.lock.unlock();
      }
      leave(key);
    }
  }

  private static final class Host {
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    /** Threads holding or waiting for a slot; guarded by the map's compute. */
    int users;
    /** Requests in flight; guarded by lock. */
    int active;
    /** The earliest nanoTime the next request may start; guarded by lock. */
    long nextStart;

    Host(long now) {
      nextStart = now;
    }

    boolean idleAt(long now) {
      lock.lock();
      try {
        return active == 0 && nextStart - now <= 0;
      } finally {
        lock.unlock();
      }
    }
  }
}
