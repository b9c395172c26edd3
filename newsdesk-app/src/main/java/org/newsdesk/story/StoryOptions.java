package org.newsdesk.story;

import java.time.Duration;

/**
 * The grouper's settings. {@link #defaults()} are the figures measured in {@link StoryGrouper}'s
 * design note; the same defaults serve full articles and bare headlines.
 *
 * @param joinThreshold least similarity (cosine of TF-IDF vectors) for an article to join a story
 * @param headlineJoinThreshold the same for an article without a body: a headline shares fewer
 *     words with a story's centroid than a full report does
 * @param window an article joins a story only if it was published within this time of the
 *     story's dated articles; stories quiet for longer are evicted
 * @param idleArrivals a story is frozen only once this many articles arrived since it was last
 *     joined (besides being outside the window), so that a stream out of date order still groups
 * @param maxActiveStories memory bound when dates are missing: beyond it the story that was
 *     joined least recently is evicted
 * @param centroidTerms terms kept per story centroid (the heaviest)
 * @param queryTerms an article's heaviest terms used to look up candidate stories
 * @param copyContainment share of an article's word shingles found in an earlier member for it to
 *     count as a copy of that member
 * @param mergeRatio once an article joined a story, another story it was compared with merges into
 *     it (the smaller into the bigger) when the two centroids' cosine reaches this many times the
 *     article's join threshold ({@code joinThreshold} or {@code headlineJoinThreshold}), raised
 *     by {@code mergeGrowth} for bigger stories; 1: a lone article merges on the evidence it would
 *     need to join (a flat 1.6 did before the bar grew with size); a bar above 1 never merges
 * @param mergeGrowth how fast that bar rises with the size of the smaller story: it is multiplied
 *     by {@code 1 + mergeGrowth × ln(size)}. A one-article fragment merges on the evidence it
 *     would need to join; a story of ten articles has shown what it is about and needs 2.6 times
 *     that (at 0.7), so two established stories that share a company or a place stay apart
 */
public record StoryOptions(double joinThreshold, double headlineJoinThreshold, Duration window, int idleArrivals,
    int maxActiveStories, int centroidTerms, int queryTerms, double copyContainment, double mergeRatio,
    double mergeGrowth) {

  public StoryOptions {
    if (joinThreshold <= 0 || joinThreshold > 1) {
      throw new IllegalArgumentException("joinThreshold must be in (0, 1]; got " + joinThreshold);
    }
    if (headlineJoinThreshold <= 0 || headlineJoinThreshold > 1) {
      throw new IllegalArgumentException("headlineJoinThreshold must be in (0, 1]; got " + headlineJoinThreshold);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive; got " + window);
    }
    if (idleArrivals < 0 || maxActiveStories < 1 || centroidTerms < 1 || queryTerms < 1) {
      throw new IllegalArgumentException("maxActiveStories, centroidTerms and queryTerms must be >= 1; got "
          + maxActiveStories + ", " + centroidTerms + ", " + queryTerms);
    }
    if (!(mergeRatio > 0)) {
      throw new IllegalArgumentException("mergeRatio must be > 0; got " + mergeRatio);
    }
    if (!(mergeGrowth >= 0)) {
      throw new IllegalArgumentException("mergeGrowth must be >= 0; got " + mergeGrowth);
    }
  }

  public static StoryOptions defaults() {
    return new StoryOptions(0.25, 0.12, Duration.ofDays(7), 5_000, 20_000, 200, 12, 0.6, 1.0, 0.7);
  }

  public StoryOptions withJoinThreshold(double threshold) {
    return new StoryOptions(threshold, headlineJoinThreshold, window, idleArrivals, maxActiveStories, centroidTerms, queryTerms, copyContainment, mergeRatio, mergeGrowth);
  }

  public StoryOptions withHeadlineJoinThreshold(double threshold) {
    return new StoryOptions(joinThreshold, threshold, window, idleArrivals, maxActiveStories, centroidTerms, queryTerms,
        copyContainment, mergeRatio, mergeGrowth);
  }

  public StoryOptions withMergeRatio(double ratio) {
    return new StoryOptions(joinThreshold, headlineJoinThreshold, window, idleArrivals, maxActiveStories, centroidTerms,
        queryTerms, copyContainment, ratio, mergeGrowth);
  }

  public StoryOptions withWindow(Duration w) {
    return new StoryOptions(joinThreshold, headlineJoinThreshold, w, idleArrivals, maxActiveStories, centroidTerms, queryTerms, copyContainment, mergeRatio, mergeGrowth);
  }

  public StoryOptions withMergeGrowth(double growth) {
    return new StoryOptions(joinThreshold, headlineJoinThreshold, window, idleArrivals, maxActiveStories, centroidTerms,
        queryTerms, copyContainment, mergeRatio, growth);
  }
}
