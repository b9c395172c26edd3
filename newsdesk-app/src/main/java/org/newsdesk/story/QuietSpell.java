package org.newsdesk.story;

import java.time.Instant;

/**
 * How much a story's quiet spell weakens an article's claim to it: the article's similarity is
 * multiplied by {@code max(0.5, exp(-days / 1))}, days being the gap between the article and the
 * story's nearest dated member. Within hours the weight is about 1; a story quiet for a day or more
 * needs twice the similarity (a floor, not a slide to zero: a follow-up days later that reads like
 * the story still joins, and the window still ends the story after 7 days). News on one subject
 * recurs daily — markets, a company, a game's launch — and a headline sharing a few words with
 * yesterday's story is more often today's new one than a continuation.
 *
 * <p>A date without a time of day says only the day, so between day-precision stamps the gap is
 * read one day shorter: two reports dated 3 and 4 May may be an hour apart. A day-only date is
 * stored as midday UTC by the extract step and as midnight UTC by the labelled sets' reader, so
 * either exact hour counts as a day-only date (a real time falls on one of them 1 in 43,200 times,
 * and then only gains a day's slack).
 */
final class QuietSpell {

  static final double E_FOLDING_DAYS = 1.0;
  /** The weight never falls below this: past a day the bar is twice the join threshold. */
  static final double FLOOR = 0.5;

  private static final long DAY = 86_400;

  private QuietSpell() {}

  /** The weight for an article {@code gapSeconds} from the story's nearest dated member. */
  static double weight(long gapSeconds, boolean dayPrecision) {
    double days = (double) (dayPrecision ? Math.max(0, gapSeconds - DAY) : gapSeconds) / DAY;
    return Math.max(FLOOR, Math.exp(-days / E_FOLDING_DAYS));
  }

  /** Whether the instant is what a day-only date becomes: exactly midnight or midday UTC. */
  static boolean dayOnly(Instant t) {
    long second = Math.floorMod(t.getEpochSecond(), DAY);
    return second == 0 || second == DAY / 2;
  }
}
