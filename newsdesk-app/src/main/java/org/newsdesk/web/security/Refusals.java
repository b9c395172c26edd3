package org.newsdesk.web.security;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * How a before-handler turns a request away: status and message, then no further handlers.
 * Nothing is thrown, so an app's catch-all exception handler cannot turn a 403 into a 500; an
 * app that wants its own error page registers {@code config.routes.error(403, …)}.
 */
final class Refusals {

  private Refusals() {}

  static void refuse(Context ctx, int status, String message) {
    ctx.status(status);
    if (wantsJson(ctx)) {
      ctx.json(Map.of("error", message));
    } else {
      ctx.contentType("text/plain; charset=utf-8").result(message);
    }
    ctx.skipRemainingHandlers();
  }

  /** API clients get JSON and status codes; browsers get pages and redirects. */
  static boolean wantsJson(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      return true;
    }
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    return a.contains("application/json") && !a.contains("text/html");
  }
}
