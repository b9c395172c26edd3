package org.newsdesk.extract;

/** Whitespace as readers see it: every run of spaces, tabs, newlines and no-break spaces is one space. */
final class TextNormalizer {

  private TextNormalizer() {}

  static String collapse(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b'
          || c == '\ufeff') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
