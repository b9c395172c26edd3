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
  public double value(CandidateStory story, Reader reader) {
    return Math.pow(2, -ageSeconds(story, reader) / (double) HALF_LIFE.toSeconds());
  }

  @Override
  public SignalScore score(CandidateStory story, Reader reader) {
    double value = value(story, reader);
    return ageSeconds(story, reader) < 3600
        ? SignalScore.of(value, "in the last hour") : SignalScore.of(value);
  }

  private static long ageSeconds(CandidateStory story, Reader reader) {
    return Math.max(0, reader.now().getEpochSecond() - story.newsAt().getEpochSecond());
  }
}
