package org.newsdesk.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed sign-ins per client address in a sliding window: after {@code maxFailures} within
 * {@code window}, further attempts are refused until the oldest failure ages out. Checked before
 * the password is hashed, so a blocked client also costs us no CPU.
 */
final class LoginThrottle {

  /** Beyond this many tracked clients, ones without recent failures are forgotten. */
  private static final int MAX_CLIENTS = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  LoginThrottle(int maxFailures, Duration window) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be >= 1; got " + maxFailures);
    }
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** How long {@code client} must wait; zero when it may try now. */
  synchronized Duration waitFor(String client, Instant now) {
    Deque<Instant> recent = recent(client, now);
    if (recent.size() < maxFailures) {
      return Duration.ZERO;
    }
    return Duration.between(now, recent.peekFirst().plus(window));
  }

  synchronized void failed(String client, Instant now) {
    if (failures.size() >= MAX_CLIENTS) {
      failures.keySet().removeIf(c -> recent(c, now).isEmpty());
    }
    failures.computeIfAbsent(client, c -> new ArrayDeque<>()).addLast(now);
    Deque<Instant> recent = recent(client, now);
    while (recent.size() > maxFailures) {
      recent.removeFirst();
    }
  }

  synchronized void succeeded(String client) {
    failures.remove(client);
  }

  private Deque<Instant> recent(String client, Instant now) {
    Deque<Instant> times = failures.getOrDefault(client, new ArrayDeque<>());
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
    return times;
  }
}
