package org.newsdesk.web;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value computed at most once per period, for figures that are costly to ask the store for and
 * harmless when a few seconds old (the home page's status line, the metrics gauges).
 */
public final class Recent<T> implements Supplier<T> {

  private final Supplier<T> source;
  private final long periodNanos;
  private volatile T value;
  private volatile long computedAt;

  public Recent(Supplier<T> source, Duration period) {
    this.source = source;
    this.periodNanos = period.toNanos();
  }

  @Override
  public T get() {
    long now = System.nanoTime();
    T v = value;
    if (v == null || now - computedAt > periodNanos) {
      synchronized (this) {
        if (value == null || now - computedAt > periodNanos) {
          value = source.get();
          computedAt = System.nanoTime();
        }
        v = value;
      }
    }
    return v;
  }
}
