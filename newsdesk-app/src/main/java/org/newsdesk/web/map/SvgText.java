package org.newsdesk.web.map;

import java.util.Locale;

/** Escaping and number formatting for the SVG the map writes. */
final class SvgText {

  private SvgText() {}

  /** Text safe both as element content and inside a double- or single-quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters even as references; drop them.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** One decimal at most, no trailing ".0". */
  static String number(double value) {
    StringBuilder out = new StringBuilder(8);
    appendTenths(out, Math.round(value * 10));
    return out.toString();
  }

  /** Writes {@code tenths / 10} with one decimal at most: 123 as "12.3", -5 as "-0.5". */
  static void appendTenths(StringBuilder out, long tenths) {
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
  }

  /** Whether an href may go into the page: http(s), or relative to this site. */
  static boolean isSafeHref(String href) {
    String h = href.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("http://") || h.startsWith("https://")) {
      return true;
    }
    // Relative: no scheme before the first '/', '?' or '#'. "//host" is protocol-relative, fine.
    int colon = h.indexOf(':');
    int end = h.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int at = h.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return !h.isEmpty() && (colon < 0 || colon > end);
  }
}
