package org.newsdesk.web.security;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The origin a browser sees for this server ({@code scheme://host[:port]}), as the request reached
 * it. Behind a TLS proxy the connection is plain http, so {@code X-Forwarded-Proto} is honoured
 * for the scheme: a cross-site page cannot add that header to a browser's request (it would need
 * a CORS preflight we never answer), so trusting it lets no foreign form through.
 */
record RequestOrigin(String scheme, String authority) {

  static RequestOrigin of(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    String scheme = forwarded != null && !forwarded.isBlank()
        ? forwarded.split(",")[0].strip() : ctx.scheme();
    String host = ctx.header("Host");
    return new RequestOrigin(scheme.toLowerCase(Locale.ROOT),
        normalizeAuthority(scheme, host == null ? "" : host));
  }

  boolean https() {
    return scheme.equals("https");
  }

  /** Whether an {@code Origin} header value names this server. {@code "null"} never does. */
  boolean matches(String originHeader) {
    String origin = originHeader.strip().toLowerCase(Locale.ROOT);
    int sep = origin.indexOf("://");
    if (sep <= 0) {
      return false;
    }
    String originScheme = origin.substring(0, sep);
    String originAuthority = normalizeAuthority(originScheme, origin.substring(sep + 3));
    return originScheme.equals(scheme) && originAuthority.equals(authority);
  }

  /** Host and port, lower case, without the scheme's default port. */
  private static String normalizeAuthority(String scheme, String authority) {
    String a = authority.strip().toLowerCase(Locale.ROOT);
    String defaultPort = scheme.equalsIgnoreCase("https") ? ":443" : ":80";
    return a.endsWith(defaultPort) ? a.substring(0, a.length() - defaultPort.length()) : a;
  }
}
