package org.newsdesk.digest.deliver;

/**
 * At most N permits a second across all threads, evenly spaced: each caller reserves the next
 * free slot and sleeps until it. Providers throttle bursts from bulk senders, so even spacing is
 * kinder than allowing a burst per second.
 */
public final class RateLimiter {

  private final long intervalNanos;
  private long nextSlot = System.nanoTime();

  public RateLimiter(double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be above 0: " + perSecond);
    }
    this.intervalNanos = (long) (1_000_000_000L / perSecond);
  }

  /** Waits for the next slot. */
  public void acquire() throws InterruptedException {
    long slot;
    synchronized (this) {
      long now = System.nanoTime();
      // An idle spell does not bank permits for a burst later.
      slot = Math.max(nextSlot, now);
      nextSlot = slot + intervalNanos;
    }
    long wait = slot - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
