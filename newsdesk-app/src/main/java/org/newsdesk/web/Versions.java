package org.newsdesk.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The version of a thing shown on a cached page (a story's last change, an article's state),
 * asked of the store at most once per period per id: under a crowd of readers a cached page then
 * costs no query at all, and a change still shows within the period.
 */
final class Versions {

  private final LongFunction<Optional<String>> source;
  private final long periodNanos;
  private final int capacity;
  private final ConcurrentHashMap<Long, Checked> known = new ConcurrentHashMap<>();

  /** @param source the version of an id, empty when there is no such thing */
  Versions(LongFunction<Optional<String>> source, Duration period, int capacity) {
    this.source = source;
    this.periodNanos = period.toNanos();
    this.capacity = capacity;
  }

  Optional<String> of(long id) {
    long now = System.nanoTime();
    Checked c = known.get(id);
    if (c != null && now - c.checkedAt() < periodNanos) {
      return Optional.of(c.version());
    }
    Optional<String> version = source.apply(id);
    if (version.isEmpty()) {
      known.remove(id);
      return version;
    }
    if (known.size() >= capacity) {
      known.clear();
    }
    known.put(id, new Checked(version.get(), now));
    return version;
  }

  private record Checked(String version, long checkedAt) {}
}
