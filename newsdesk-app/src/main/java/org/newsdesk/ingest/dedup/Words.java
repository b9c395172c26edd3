package org.newsdesk.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as dedup compares them: Unicode NFKC (full-width letters, ligatures and
 * compatibility digits become the plain ones), lower case, apostrophes dropped inside words
 * ({@code don’t} and {@code don't} both become {@code dont}), and every other run of
 * non-letters, non-digits (punctuation, quotes of any style, dashes, symbols, whitespace) a
 * single break. Two copies of an article that differ only in typography give the same list.
 *
 * <p>Made for languages that put spaces between words: a run of Chinese or Japanese is one
 * "word" here. Newsdesk analyses English only, and a run without spaces still fingerprints
 * exactly; only near-duplicate detection would be blunt for such text.
 */
final class Words {

  private Words() {}

  static List<String> of(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        word.appendCodePoint(cp);
      } else if (isApostrophe(cp) && word.length() > 0) {
        // Inside a word: skip it. At a word's end it is a closing quote and ends the word anyway
        // when the next character is not a letter.
        continue;
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u2032'
        || cp == '`' || cp == '\u00B4';
  }
}
