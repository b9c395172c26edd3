package org.newsdesk.digest.rank;

import java.util.Collection;
import java.util.stream.Collectors;

/** The "why it is here" line: the signals' fragments, in signal order, joined by " · ". */
public final class WhyLine {

  private WhyLine() {}

  public static String of(Collection<SignalScore> scores) {
    String line = scores.stream().flatMap(s -> s.why().stream())
        .collect(Collectors.joining(" · "));
    return line.isEmpty() ? "a top story today" : line;
  }
}
