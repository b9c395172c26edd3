package org.newsdesk.web;

import java.util.Locale;

/** The two request headers a cached page answers to, read as RFC 9110 says. */
final class HttpHeaders {

  private HttpHeaders() {}

  /** Whether {@code acceptEncoding} takes gzip: listed (or {@code *}) and not with q=0. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean star = false;
    for (String part : acceptEncoding.split(",")) {
      String[] fields = part.split(";");
      String coding = fields[0].strip().toLowerCase(Locale.ROOT);
      boolean refused = false;
      for (int i = 1; i < fields.length; i++) {
        String p = fields[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (p.startsWith("q=") && p.substring(2).matches("0(\\.0{0,3})?")) {
          refused = true;
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return !refused;
      }
      if (coding.equals("*")) {
        star = !refused;
      }
    }
    return star;
  }

  /** Whether {@code ifNoneMatch} names {@code etag} (weak comparison) or is {@code *}. */
  static boolean matchesEtag(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String mine = opaque(etag);
    for (String part : ifNoneMatch.split(",")) {
      String tag = part.strip();
      if (tag.equals("*") || opaque(tag).equals(mine)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
