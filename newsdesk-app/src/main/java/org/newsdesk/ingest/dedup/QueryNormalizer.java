package org.newsdesk.ingest.dedup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The query part of a canonical URL: tracking parameters out, the rest kept in the order the
 * publisher wrote them, percent-encoding made uniform.
 *
 * <p>crawler-commons' normaliser would do this too, but it sorts the parameters. We keep the
 * order: the same publisher writes its parameters in the same order every time, so sorting gains
 * almost no matches, and the canonical URL stays the link the publisher wrote, minus the
 * tracking.
 */
final class QueryNormalizer {

  private QueryNormalizer() {}

  /**
   * {@code rawQuery} (the text between {@code ?} and {@code #}, still encoded) without tracking
   * parameters or empty pieces ({@code a=1&&b=2}); empty when nothing is left.
   */
  static String normalize(String rawQuery, TrackingParameters tracking) {
    StringBuilder out = new StringBuilder(rawQuery.length());
    for (String piece : rawQuery.split("&")) {
      if (piece.isEmpty()) {
        continue;
      }
      int eq = piece.indexOf('=');
      String name = eq < 0 ? piece : piece.substring(0, eq);
      String value = eq < 0 ? "" : piece.substring(eq + 1);
      if (name.isEmpty() && value.isEmpty()) {
        continue;
      }
      if (tracking.isTracking(decode(name), decode(value))) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      // "b=" and "b" are kept apart: a few servers tell them apart and it costs no real match.
      out.append(normalizeEncoding(name));
      if (eq >= 0) {
        out.append('=').append(normalizeEncoding(value));
      }
    }
    return out.toString();
  }

  /**
   * RFC 3986 §6.2.2 for one query component: escapes of unreserved characters decoded
   * ({@code %7E} → {@code ~}), the other escapes upper-cased ({@code %e2} → {@code %E2}), a
   * stray {@code %} escaped, and characters a URI may not hold raw (spaces, non-ASCII, quotes)
   * escaped as UTF-8. Reserved characters are left as written: {@code %26} and {@code &} differ.
   */
  static String normalizeEncoding(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        int b = Integer.parseInt(s.substring(i + 1, i + 3), 16);
        if (isUnreserved(b)) {
          out.append((char) b);
        } else {
          out.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
              .append(Character.toUpperCase(s.charAt(i + 2)));
        }
        i += 3;
      } else if (c == '%') {
        out.append("%25");
        i++;
      } else if (c < 128 && (isUnreserved(c) || "!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
        out.append(c);
        i++;
      } else {
        int cp = s.codePointAt(i);
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  /** Percent-decoding for the tracking test only; {@code +} is a space, bad escapes stay. */
  static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        int cp = s.codePointAt(i);
        byte[] raw = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
        i += Character.charCount(cp) - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean isUnreserved(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
