package org.newsdesk.digest.subscribe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Requests per client in a sliding window, in memory: a client may make {@code max} within
 * {@code window}; beyond that it is refused (and the refusal is not counted, so waiting helps).
 */
final class ClientRateLimit {

  /** Beyond this many tracked clients, ones with no request in the window are forgotten. */
  private static final int MAX_CLIENTS = 10_000;

  private final int max;
  private final Duration window;
  private final Map<String, Deque<Instant>> requests = new HashMap<>();

  ClientRateLimit(int max, Duration window) {
    this.max = max;
    this.window = window;
  }

  /** Counts a request by {@code client} at {@code now}; false when it is over the limit. */
  synchronized boolean tryAcquire(String client, Instant now) {
    if (requests.size() >= MAX_CLIENTS) {
      requests.keySet().removeIf(c -> recent(c, now).isEmpty());
    }
    Deque<Instant> recent = recent(client, now);
    if (recent.size() >= max) {
      return false;
    }
    recent.addLast(now);
    requests.put(client, recent);
    return true;
  }

  private Deque<Instant> recent(String client, Instant now) {
    Deque<Instant> times = requests.getOrDefault(client, new ArrayDeque<>());
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
    return times;
  }
}
