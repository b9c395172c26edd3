package org.newsdesk.digest.rank;

import java.time.Duration;

/**
 * How recent the story's news is at the cut-off: halves every {@link #HALF_LIFE}, so among equals
 * this morning's story comes before yesterday's.
 */
public final class Freshness implements DigestSignal {

  static final Duration HALF_LIFE = Duration.ofHours(12);

  @Override
  public String name() {
    return "freshness";
  }

  @Override
  public SignalScore score(CandidateStory story, Reader reader) {
    Duration age = Duration.between(story.newsAt(), reader.now());
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    double value = Math.pow(2, -age.toSeconds() / (double) HALF_LIFE.toSeconds());
    return age.compareTo(Duration.ofHours(1)) < 0
        ? SignalScore.of(value, "in the last hour") : SignalScore.of(value);
  }
}
