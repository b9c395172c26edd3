package org.newsdesk.digest.subscribe;

import java.util.List;

/** An address a reader typed that cannot be mailed: every problem found, in reading order. */
public final class InvalidEmailAddress extends IllegalArgumentException {

  private final List<String> problems;

  public InvalidEmailAddress(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
