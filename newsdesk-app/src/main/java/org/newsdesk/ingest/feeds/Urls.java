package org.newsdesk.ingest.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Resolving the URLs feeds contain, which are often not valid URIs (spaces, raw Unicode). */
final class Urls {

  private Urls() {}

  /**
   * {@code ref} resolved against {@code base} (RFC 3986); {@code ref} unchanged when it is already
   * absolute, when there is no base, or when either cannot be made a URI.
   */
  static String resolve(String base, String ref) {
    String r = ref.strip();
    if (base == null || base.isBlank() || isAbsolute(r)) {
      return r;
    }
    try {
      URI b = new URI(escape(base.strip()));
      if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
        // URI.resolve mishandles an empty base path ("http://a" + "b" gives "http://ab").
        b = new URI(b.getScheme(), b.getRawAuthority() == null ? null : b.getAuthority(), "/",
            null, null);
      }
      if (r.isEmpty()) {
        return new URI(b.getScheme(), b.getSchemeSpecificPart(), null).toString();
      }
      if (r.startsWith("?")) {
        String s = b.toString();
        int cut = s.indexOf('?');
        int hash = s.indexOf('#');
        int end = cut >= 0 ? cut : hash >= 0 ? hash : s.length();
        return s.substring(0, end) + r;
      }
      return b.resolve(new URI(escape(r))).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return r;
    }
  }

  /** Whether {@code ref} starts with a scheme ("http:", "mailto:"). */
  static boolean isAbsolute(String ref) {
    int colon = ref.indexOf(':');
    if (colon < 1) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = ref.charAt(i);
      boolean ok = Character.isLetter(c) && c < 128
          || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Percent-encodes the characters a URI may not hold raw (spaces, controls, quotes, braces). */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
          || c == '{' || c == '|' || c == '}' || c == 127) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
