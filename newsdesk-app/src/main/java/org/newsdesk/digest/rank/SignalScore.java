package org.newsdesk.digest.rank;

import java.util.Optional;

/**
 * What a signal says of one story for one reader.
 *
 * @param value in [0, 1]
 * @param why a fragment of the "why it is here" line, e.g. "14 independent sources"; empty when
 *     the signal has nothing worth telling the reader
 */
public record SignalScore(double value, Optional<String> why) {

  public SignalScore {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("a signal scores in [0, 1]: " + value);
    }
  }

  public static SignalScore of(double value) {
    return new SignalScore(value, Optional.empty());
  }

  public static SignalScore of(double value, String why) {
    return new SignalScore(value, Optional.of(why));
  }
}
