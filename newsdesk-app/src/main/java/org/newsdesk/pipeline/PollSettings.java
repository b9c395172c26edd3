package org.newsdesk.pipeline;

import java.time.Duration;
import org.newsdesk.ingest.fetch.PollInterval;

/**
 * How feeds are polled: how often the poller looks for due sources, and the bounds of each
 * source's own interval (which adapts to how often the source publishes).
 */
public record PollSettings(Duration tick, Duration minInterval, Duration maxInterval) {

  public static PollSettings defaults() {
    return new PollSettings(Duration.ofSeconds(30), PollInterval.MIN, PollInterval.MAX);
  }
}
