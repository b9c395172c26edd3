package org.newsdesk.pipeline;

import java.time.Duration;

/**
 * How many workers each stage gets, and how long a claim lasts before a dead worker's items
 * come back.
 *
 * @param maxAttempts an item failing this many times for an unexpected reason is given up,
 *     with its error kept on the article
 */
public record PipelineSettings(int fetchWorkers, int extractWorkers, int analyzeWorkers,
    Duration lease, int maxAttempts) {

  public static PipelineSettings defaults() {
    return new PipelineSettings(8, 2, 2, Duration.ofMinutes(10), 5);
  }
}
