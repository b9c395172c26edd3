package org.newsdesk.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a line of text looks like: how many words it has, whether it is the headline. */
final class TextShape {

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextShape() {}

  /**
   * Words in a text: runs of letters and digits, where each two characters of a script written
   * without spaces (Chinese, Japanese, Thai) count as one.
   */
  static int words(String text) {
    double words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI) {
        words += 0.5;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '\u2019' && cp != '-') {
        inWord = false;
      }
    }
    return (int) Math.ceil(words);
  }

  /** Whether a heading is the page's headline, give or take a site name or a subtitle. */
  static boolean resembles(String title, String heading) {
    String t = letters(title);
    String h = letters(heading);
    return !h.isEmpty() && !t.isEmpty() && (t.equals(h) || h.length() >= 20 && (t.contains(h) || h.contains(t)));
  }

  private static String letters(String s) {
    return NOT_LETTERS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
