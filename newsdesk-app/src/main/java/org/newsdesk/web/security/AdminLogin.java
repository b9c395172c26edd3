package org.newsdesk.web.security;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The admin login: one password, a signed session cookie, a throttle on guessing.
 *
 * <p>The session is stateless: {@value #COOKIE} holds a {@link Signer} token for purpose
 * {@value #PURPOSE} that expires after 12 hours. Signing out clears the cookie in this browser; a
 * copied cookie stays valid until it expires (rotate the server secret to end every session). The
 * cookie is SameSite=Strict, so no other site can make a browser use it.
 *
 * <p>Routes: {@code GET /login} (the form), {@code POST /login}, {@code POST /logout}; all forms
 * go through {@link CsrfProtection}.
 */
public final class AdminLogin {

  public static final String COOKIE = "nd_admin";
  static final String PURPOSE = "admin";
  static final Duration SESSION = Duration.ofHours(12);
  static final int MAX_FAILURES = 5;
  static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

  private final AdminPassword password;
  private final Signer signer;
  private final CsrfProtection csrf;
  private final Clock clock;
  private final LoginThrottle throttle = new LoginThrottle(MAX_FAILURES, FAILURE_WINDOW);
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  public AdminLogin(AdminPassword password, Signer signer, CsrfProtection csrf, Clock clock) {
    this.password = password;
    this.signer = signer;
    this.csrf = csrf;
    this.clock = clock;
  }

  /** Adds {@code GET /login}, {@code POST /login} and {@code POST /logout}. */
  public void install(RoutesConfig routes) {
    routes.get("/login", this::loginForm);
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  /** Whether this request carries a valid, unexpired admin session. */
  public boolean isAdmin(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    return cookie != null && signer.verify(PURPOSE, cookie, clock.instant()).isPresent();
  }

  /**
   * A before-handler for admin pages: lets an admin through; sends a browser to the login form
   * (coming back here afterwards) and answers an API client 401. As a before-handler it stops the
   * route; inside an endpoint, use {@link #isAdmin} instead.
   */
  public void requireAdmin(Context ctx) {
    if (isAdmin(ctx)) {
      return;
    }
    if (Refusals.wantsJson(ctx)) {
      Refusals.refuse(ctx, 401, "Sign in as admin first.");
      return;
    }
    String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    // After a POST, coming back would mean a GET of the same path, which may not exist.
    String next = ctx.method().name().equals("GET") ? back : "/";
    ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
        HttpStatus.SEE_OTHER);
    ctx.skipRemainingHandlers();
  }

  /**
   * {@code next} if it is a path on this site, else {@code "/"}: the login form must not become
   * a redirector to other sites ({@code //evil.example}, {@code /\evil.example} and absolute
   * URLs are all refused).
   */
  static String safeNext(String next) {
    if (next == null || next.length() < 1 || next.length() > 2000 || next.charAt(0) != '/') {
      return "/";
    }
    if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
      return "/";
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return "/";
      }
    }
    return next;
  }

  private void loginForm(Context ctx) {
    page(ctx, 200, safeNext(ctx.queryParam("next")), "");
  }

  private void login(Context ctx) {
    String next = safeNext(ctx.formParam("next"));
    String client = ctx.ip();
    Instant now = clock.instant();
    Duration wait = throttle.waitFor(client, now);
    if (!wait.isZero() && !wait.isNegative()) {
      long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
      ctx.header("Retry-After", Long.toString(Math.max(1, wait.getSeconds())));
      page(ctx, 429, next, "Too many wrong passwords; try again in " + minutes
          + (minutes == 1 ? " minute." : " minutes."));
      return;
    }
    String attempt = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (!password.matches(attempt)) {
      throttle.failed(client, now);
      page(ctx, 401, next, "That is not the admin password.");
      return;
    }
    throttle.succeeded(client);
    ctx.cookie(sessionCookie(ctx, signer.sign(PURPOSE, "admin", now.plus(SESSION)),
        (int) SESSION.getSeconds()));
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    ctx.cookie(sessionCookie(ctx, "", 0));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private static Cookie sessionCookie(Context ctx, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath("/");
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure(RequestOrigin.of(ctx).https());
    return cookie;
  }

  private void page(Context ctx, int status, String next, String error) {
    StringOutput out = new StringOutput();
    templates.render("login.jte", Map.of("next", next, "csrf", csrf.token(ctx), "error", error),
        out);
    ctx.status(status).html(out.toString());
  }
}
