package org.newsdesk.digest.subscribe;

import java.time.Duration;

/**
 * How often the subscribe form may be used: per client address (in memory: a burst from one
 * machine), and per email address (counted in the outbox, so it holds across restarts and
 * instances, and nobody can flood a stranger's inbox with confirmations).
 */
public record SubscribeLimits(int perClient, Duration clientWindow, int perAddress,
    Duration addressWindow) {

  public SubscribeLimits {
    if (perClient < 1 || perAddress < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }

  /** 5 form posts per client per 10 minutes; 3 confirmation mails per address per 24 hours. */
  public static SubscribeLimits defaults() {
    return new SubscribeLimits(5, Duration.ofMinutes(10), 3, Duration.ofHours(24));
  }
}
