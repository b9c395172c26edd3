package org.newsdesk.store;

import java.util.List;
import org.newsdesk.digest.rank.CandidateStory;

/** A fact in the reader's words, short enough for a "why" line. */
final class FactText {

  static final int MAX = 90;

  private FactText() {}

  static String denial(String claim, List<String> deniedBy) {
    String who = names(deniedBy);
    return who + (deniedBy.size() == 1 ? " denies " : " deny ") + "“" + clip(claim) + "”";
  }

  static String claim(String claim, List<String> claimedBy) {
    return claimedBy.isEmpty() ? "“" + clip(claim) + "”"
        : names(claimedBy) + ": “" + clip(claim) + "”";
  }

  static String quote(CandidateStory.Quote q) {
    return q.speaker() + ": “" + clip(q.text()) + "”";
  }

  static String event(String type, List<String> sources, List<String> targets, boolean negated) {
    String what = (negated ? "no " : "") + type.replace('_', ' ');
    String by = sources.isEmpty() ? "" : " by " + names(sources);
    String on = targets.isEmpty() ? "" : " involving " + names(targets);
    return what + by + on;
  }

  private static String names(List<String> names) {
    return names.size() <= 2 ? String.join(" and ", names)
        : names.get(0) + ", " + names.get(1) + " and others";
  }

  static String clip(String text) {
    String t = text.strip();
    if (t.length() <= MAX) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX - 1);
    return t.substring(0, cut > 20 ? cut : MAX - 1) + "…";
  }
}
