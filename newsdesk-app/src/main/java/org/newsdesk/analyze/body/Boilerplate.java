package org.newsdesk.analyze.body;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that belong to the page around an article rather than to the article: calls to
 * subscribe, share, follow or read more, and copyright lines. A cue alone marks a line; a run of
 * short lines at the end of an article that holds a cue is a footer and goes as a whole (the lines
 * between cues in a footer rarely carry cue words of their own).
 */
final class Boilerplate {

  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(subscribe|subscription|newsletter|sign ?up|stay (updated|informed|tuned)|"
          + "follow us|share (this|on)|click here|read more|read next|related (articles|stories)|"
          + "all rights reserved|copyright|©|advertisement|download (our|the) app|"
          + "get (the|our) (latest|best)|in your inbox|email (a|per) day)\\b");

  /** Lines of at most this many words may be part of a footer. */
  private static final int FOOTER_LINE_WORDS = 12;

  private Boilerplate() {}

  static boolean hasCue(String line) {
    return CUE.matcher(line).find() && words(line) <= 25;
  }

  /** Index of the first line of the trailing footer, or {@code lines.size()} if there is none. */
  static int footerStart(List<String> lines) {
    int start = lines.size();
    boolean cue = false;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (words(line) > FOOTER_LINE_WORDS) {
        break;
      }
      cue |= hasCue(line);
      start = i;
    }
    if (!cue) {
      return lines.size();
    }
    // The run may have reached back into the article's own short closing lines: keep everything
    // before the first line that is, or directly follows, a cue-less line followed by cues.
    int firstCue = start;
    while (firstCue < lines.size() && !hasCue(lines.get(firstCue))) {
      firstCue++;
    }
    return Math.max(start, firstCue);
  }

  static int words(String line) {
    String t = line.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
