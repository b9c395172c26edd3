package org.newsdesk.web.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cross-site request forgery protection for forms, double-submit style, tied to the server
 * secret.
 *
 * <p>A browser gets a random {@value #COOKIE} cookie with the first page that holds one of our
 * forms (when the page asks for {@link #token}); other pages set no cookie, so they can be
 * served from a cache and cost no random bytes. A form carries, in its
 * {@value #FIELD} field (or a script in the {@value #HEADER} header), the HMAC of that cookie
 * under the server secret. A POST, PUT, PATCH or DELETE passes only when the two agree. Another
 * site can make a browser send our cookie but can neither read it nor compute its HMAC, so it
 * cannot fill in the field. Tying the token to the secret (rather than echoing the cookie) also
 * stops an attacker who can plant a cookie from a sibling subdomain: he cannot make the token
 * for it. As a second, independent check, a request whose {@code Origin} header names another
 * site is refused.
 *
 * <p>Exempt paths are for requests that cannot carry our cookie and are safe without it: RFC 8058
 * one-click unsubscribe, posted by mail clients, authenticates by the signed token in its URL.
 */
public final class CsrfProtection {

  public static final String COOKIE = "nd_csrf";
  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";

  /** The cookie value chosen during this request, before the browser has it. */
  private static final String ATTRIBUTE = "newsdesk.csrf.cookie";
  private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Set<HandlerType> CHECKED = Set.of(HandlerType.POST, HandlerType.PUT,
      HandlerType.PATCH, HandlerType.DELETE);

  private final ServerSecret secret;
  private final List<String> exemptPaths;
  /**
   * One generator per thread: a single shared {@code SecureRandom} serialises its callers on one
   * lock (and NativePRNG on another, process-wide).
   */
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(CsrfProtection::generator);

  /**
   * @param exemptPaths exact paths, or prefixes ending in {@code *} ({@code "/unsubscribe/*"})
   */
  public CsrfProtection(ServerSecret secret, List<String> exemptPaths) {
    this.secret = secret;
    this.exemptPaths = List.copyOf(exemptPaths);
  }

  /** Installs {@link #handle} as a before-handler for every path. */
  public void install(RoutesConfig routes) {
    routes.before(this::handle);
  }

  /**
   * The before-handler: refuses a state-changing request (403) whose token or origin is wrong.
   * Safe requests pass untouched: handing every reader a cookie made each cookieless request (a
   * crawler, a feed reader, a first visit) draw from the shared {@link SecureRandom}, whose lock
   * was the tail of the story page's latency under 200 concurrent readers.
   */
  public void handle(Context ctx) {
    if (!CHECKED.contains(ctx.method())) {
      return;
    }
    if (exempt(ctx.path())) {
      return;
    }
    Optional<String> refusal = refusal(ctx);
    if (refusal.isPresent()) {
      Refusals.refuse(ctx, 403, refusal.get());
    }
  }

  /** The token for this browser's forms; sets the cookie if the browser has none yet. */
  public String token(Context ctx) {
    return tokenFor(cookieValue(ctx));
  }

  private Optional<String> refusal(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !RequestOrigin.of(ctx).matches(origin)) {
      return Optional.of("This form was sent from another site (" + origin + ").");
    }
    Optional<String> cookie = validCookie(ctx);
    if (cookie.isEmpty()) {
      return Optional.of("The form's security cookie is missing; reload the page and send the"
          + " form again.");
    }
    String given = ctx.header(HEADER);
    if (given == null) {
      given = ctx.formParam(FIELD);
    }
    if (given == null || !MessageDigest.isEqual(
        tokenFor(cookie.get()).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("The form's security token does not match; reload the page and send"
          + " the form again.");
    }
    return Optional.empty();
  }

  private String cookieValue(Context ctx) {
    String chosen = ctx.attribute(ATTRIBUTE);
    if (chosen != null) {
      return chosen;
    }
    Optional<String> existing = validCookie(ctx);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] bytes = new byte[32];
    RANDOM.get().nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setSecure(RequestOrigin.of(ctx).https());
    ctx.cookie(cookie);
    ctx.attribute(ATTRIBUTE, value);
    return value;
  }

  private static Optional<String> validCookie(Context ctx) {
    String value = ctx.cookie(COOKIE);
    return value != null && COOKIE_VALUE.matcher(value).matches()
        ? Optional.of(value) : Optional.empty();
  }

  private String tokenFor(String cookieValue) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(
        secret.mac("csrf", cookieValue.getBytes(StandardCharsets.US_ASCII)));
  }

  private boolean exempt(String path) {
    for (String p : exemptPaths) {
      if (p.endsWith("*") ? path.startsWith(p.substring(0, p.length() - 1)) : path.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** A DRBG seeded from the system's entropy; it needs no lock of the process's NativePRNG. */
  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (java.security.NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
