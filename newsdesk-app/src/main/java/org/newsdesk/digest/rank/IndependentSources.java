package org.newsdesk.digest.rank;

/**
 * How many independent outlets carry the story, on a log scale saturating at {@value #SATURATION}:
 * the second source matters more than the twentieth.
 */
public final class IndependentSources implements DigestSignal {

  static final int SATURATION = 20;

  @Override
  public String name() {
    return "independent-sources";
  }

  @Override
  public double value(CandidateStory story, Reader reader) {
    return Math.min(1.0, Math.log1p(Math.max(0, story.independentSources()))
        / Math.log1p(SATURATION));
  }

  @Override
  public SignalScore score(CandidateStory story, Reader reader) {
    int n = Math.max(0, story.independentSources());
    double value = value(story, reader);
    return n >= 2 ? SignalScore.of(value, n + " independent sources") : SignalScore.of(value);
  }
}
