package org.newsdesk.analyze.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.analyze.card.Body;

/**
 * Finds quotations in the body, paragraph by paragraph, with any of the marks news uses: ‘ ’, “ ”,
 * straight " and '. The hard character is ’, which closes a single quote and is also the
 * apostrophe: between two letters (Russia’s, We’ll) or after a space (’90s) it is an apostrophe,
 * elsewhere it closes the open quote. A quote nested in another stays part of the outer one.
 *
 * <p>A quote is direct when it stands as speech of its own: it opens its sentence, or follows a
 * colon or a speech verb and a comma. Otherwise it is partial, a phrase quoted inside the
 * writer's own sentence.
 */
public final class QuoteFinder {

  /** Unclosed quotes shorter than this are stray marks, not quotations. */
  private static final int MIN_UNCLOSED_WORDS = 6;

  public List<QuoteSpan> find(String text, Body body) {
    List<QuoteSpan> out = new ArrayList<>();
    for (Body.Block block : body.blocks()) {
      if (block.kind() == Body.Kind.PARAGRAPH) {
        scan(text, block.start(), block.end(), out);
      }
    }
    return out;
  }

  private void scan(String text, int from, int to, List<QuoteSpan> out) {
    int openDouble = -1;
    int openSingle = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char prev = i > from ? text.charAt(i - 1) : ' ';
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      if (c == '“' || (c == '"' && openDouble < 0 && opens(prev, next))) {
        if (openDouble < 0) {
          openDouble = i;
          openSingle = -1; // a single quote open before a double one was a stray mark
        }
      } else if (c == '”' || (c == '"' && openDouble >= 0)) {
        if (openDouble >= 0) {
          add(text, from, openDouble, i, true, out);
          openDouble = -1;
        }
      } else if (openDouble < 0 && ((c == '‘' && !Character.isLetterOrDigit(prev) && !isContraction(text, i + 1, to)) || (c == '\'' && openSingle < 0 && opens(prev, next)))) {
        if (openSingle < 0) {
          openSingle = i;
        }
      } else if (openDouble < 0 && (c == '’' || c == '\'') && openSingle >= 0) {
        if (isApostrophe(prev, next)) {
          continue;
        }
        add(text, from, openSingle, i, true, out);
        openSingle = -1;
      }
    }
    int open = openDouble >= 0 ? openDouble : openSingle;
    if (open >= 0 && words(text.substring(open + 1, to)) >= MIN_UNCLOSED_WORDS) {
      add(text, from, open, to, false, out);
    }
  }

  private static boolean opens(char prev, char next) {
    return (Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0)
        && !Character.isWhitespace(next);
  }

  /** "isn ‘t": a misplaced mark before a contraction's tail is an apostrophe, not a quote. */
  private static boolean isContraction(String text, int from, int to) {
    for (String tail : new String[] {"t", "s", "ll", "re", "ve", "d", "m"}) {
      int end = from + tail.length();
      if (end <= to && text.startsWith(tail, from) && (end == to || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApostrophe(char prev, char next) {
    return (Character.isLetterOrDigit(prev) && Character.isLetter(next)) || Character.isWhitespace(prev);
  }

  private static void add(String text, int blockStart, int open, int close, boolean closed, List<QuoteSpan> out) {
    int start = open + 1;
    int end = close;
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end <= start || isTitle(text.substring(start, end))) {
      return;
    }
    out.add(new QuoteSpan(open, close, start, end, closed, isDirect(text, blockStart, open, start, end)));
  }

  private static boolean isDirect(String text, int blockStart, int open, int start, int end) {
    int i = open - 1;
    while (i >= blockStart && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < blockStart) {
      return true;
    }
    char before = text.charAt(i);
    if (before == '.' || before == '!' || before == '?' || before == ':') {
      return true;
    }
    if (before == ',' && Character.isUpperCase(text.charAt(start)) && words(text.substring(start, end)) >= 3) {
      return true; // Putin said, ‘We will …’
    }
    return false;
  }

  /** "Star Wars", "Mary Poppins": a quoted title or name, every word capitalised, is not speech. */
  private static boolean isTitle(String quoted) {
    String[] words = quoted.strip().split("\\s+");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
        return false;
      }
    }
    return !quoted.strip().matches(".*[.!?]$");
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
