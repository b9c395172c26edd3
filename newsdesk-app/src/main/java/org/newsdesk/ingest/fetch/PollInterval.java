package org.newsdesk.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long to wait before polling a feed again, from the publication times of its recent items.
 *
 * <p>A feed is polled about twice per gap between its items, so a new item waits on average a
 * quarter of the gap: half of the mean gap between the newest items, measured over at most
 * {@value #WINDOW} of them so that a feed that speeds up is noticed soon. When the feed has been
 * silent for longer than that gap, the silence is taken as the gap instead, so a feed that posted
 * a burst last year is not polled as if it were busy today. The result stays within [{@link #MIN},
 * {@link #MAX}]: faster is impolite and rarely useful for news, slower misses a day.
 *
 * <p>Without two distinct dates (no items, undated items, or every item stamped with the same
 * build time) nothing is known about the rate, so the previous interval grows by half: a feed that
 * never dates its items drifts towards daily polling instead of staying at whatever it had.
 */
public final class PollInterval {

  /** The shortest interval: no feed is polled more often. */
  public static final Duration MIN = Duration.ofMinutes(15);

  /** The longest interval: every feed is polled at least daily. */
  public static final Duration MAX = Duration.ofHours(24);

  /** The interval for a feed polled for the first time. */
  public static final Duration FIRST = Duration.ofHours(1);

  /** How many of the newest items the gap is measured over. */
  static final int WINDOW = 10;

  private PollInterval() {}

  /**
   * The interval until the next poll.
   *
   * @param recentItemTimes publication (or update) times of the items the feed lists now, in any
   *     order; items without a date are left out by the caller
   * @param now the time of this poll; item times after it (clock skew, scheduled posts) count as
   *     now
   * @param previous the interval used before this poll ({@link #FIRST} on the first poll)
   */
  public static Duration next(List<Instant> recentItemTimes, Instant now, Duration previous) {
    return next(recentItemTimes, now, previous, MIN, MAX);
  }

  /**
   * The interval until the next poll, within an operator's bounds ({@link #MIN} and {@link #MAX}
   * by default; a test or a private feed may want seconds).
   */
  public static Duration next(List<Instant> recentItemTimes, Instant now, Duration previous,
      Duration min, Duration max) {
    List<Instant> newest = recentItemTimes.stream()
        .map(t -> t.isAfter(now) ? now : t)
        .distinct()
        .sorted(java.util.Comparator.reverseOrder())
        .limit(WINDOW)
        .toList();
    if (newest.size() < 2) {
      return clamp(previous.plus(previous.dividedBy(2)), min, max);
    }
    Duration span = Duration.between(newest.get(newest.size() - 1), newest.get(0));
    Duration meanGap = span.dividedBy(newest.size() - 1);
    Duration silence = Duration.between(newest.get(0), now);
    Duration gap = silence.compareTo(meanGap) > 0 ? silence : meanGap;
    return clamp(gap.dividedBy(2), min, max);
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    if (d.compareTo(min) < 0) {
      return min;
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
