package org.newsdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSRF and the admin login against a real Javalin server, wired as WebServer would wire them. */
class WebSecurityServerTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path data;
  private Javalin app;
  private String base;
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() {
    start(false);
  }

  private void start(boolean behindProxy) {
    WebSecurity security = WebSecurity.open(data,
        WebSecurity.Settings.of(Optional.empty(), Optional.of(PASSWORD)).behindProxy(behindProxy));
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      security.configure(config.jetty);
      security.install(config.routes);
      config.routes.before("/admin/*", security.admin()::requireAdmin);
      config.routes.get("/form", ctx -> ctx.result(security.csrf().token(ctx)));
      config.routes.post("/form", ctx -> ctx.result("saved"));
      config.routes.post("/unsubscribe/{token}", ctx -> ctx.result("unsubscribed"));
      config.routes.get("/admin/sources", ctx -> ctx.result("the sources admin"));
      // As in WebServer: a catch-all must not turn a refusal into a 500.
      config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).result("boom"));
    }).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  // CSRF

  @Test
  void aGetHandsOutTheCsrfCookie() throws Exception {
    HttpResponse<String> res = get("/form", null);

    String setCookie = res.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("nd_csrf=")).findFirst().orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
        .doesNotContainIgnoringCase("Secure");
  }

  @Test
  void behindATlsProxyTheCookieIsSecureAndTheHttpsOriginIsOurs() throws Exception {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/form"))
        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(res.headers().allValues("Set-Cookie")).anySatisfy(c ->
        assertThat(c).startsWith("nd_csrf=").containsIgnoringCase("Secure"));
    Browser b = new Browser(cookie(res, "nd_csrf").orElseThrow(), res.body());

    HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + "/form"))
        .header("X-Forwarded-Proto", "https")
        .header("Origin", "https://127.0.0.1:" + app.port()), b, Map.of("_csrf", b.token));

    assertThat(post.statusCode()).isEqualTo(200);
  }

  @Test
  void aPostWithoutTokenIsForbidden() throws Exception {
    Browser b = browser();
    assertThat(post("/form", b.cookieHeader(), Map.of()).statusCode()).isEqualTo(403);
    assertThat(post("/form", null, Map.of("_csrf", b.token)).statusCode()).isEqualTo(403);
  }

  @Test
  void aPostWithTheTokenOfItsCookiePasses() throws Exception {
    Browser b = browser();
    HttpResponse<String> res = post("/form", b.cookieHeader(), Map.of("_csrf", b.token));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEqualTo("saved");
  }

  @Test
  void theTokenMayComeInAHeader() throws Exception {
    Browser b = browser();
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/form"))
        .header("Cookie", b.cookieHeader()).header("X-CSRF-Token", b.token)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(res.statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenFromAnotherCookieIsForbidden() throws Exception {
    Browser mine = browser();
    Browser other = browser();
    assertThat(mine.cookie).isNotEqualTo(other.cookie);

    assertThat(post("/form", mine.cookieHeader(), Map.of("_csrf", other.token)).statusCode())
        .isEqualTo(403);
    // Echoing the cookie itself, as plain double-submit would accept, is not the token either.
    assertThat(post("/form", mine.cookieHeader(), Map.of("_csrf", mine.cookie)).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aPostFromAForeignOriginIsForbiddenEvenWithTheToken() throws Exception {
    Browser b = browser();
    HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create(base + "/form"))
        .header("Origin", "https://evil.example"), b, Map.of("_csrf", b.token));
    HttpResponse<String> own = send(HttpRequest.newBuilder(URI.create(base + "/form"))
        .header("Origin", base), b, Map.of("_csrf", b.token));

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("https://evil.example");
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void anExemptPathTakesPostsWithoutCookieOrToken() throws Exception {
    HttpResponse<String> res = post("/unsubscribe/some-signed-token", null,
        Map.of("List-Unsubscribe", "One-Click"));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEqualTo("unsubscribed");
  }

  // Admin login

  @Test
  void anAnonymousBrowserIsSentToTheLoginFormAndBack() throws Exception {
    HttpResponse<String> res = get("/admin/sources?page=2", null);

    assertThat(res.statusCode()).isEqualTo(303);
    assertThat(res.headers().firstValue("Location")).contains(
        "/login?next=" + URLEncoder.encode("/admin/sources?page=2", StandardCharsets.UTF_8));
    assertThat(res.body()).doesNotContain("the sources admin");
  }

  @Test
  void anAnonymousApiClientGets401() throws Exception {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(
        URI.create(base + "/admin/sources")).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(res.statusCode()).isEqualTo(401);
  }

  @Test
  void theLoginFormCarriesTheCsrfTokenAndTheNextPage() throws Exception {
    HttpResponse<String> res = get("/login?next=%2Fadmin%2Fsources", null);
    String cookie = cookie(res, "nd_csrf").orElseThrow();

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("<title>Sign in · Newsdesk</title>")
        .contains("name=\"next\" value=\"/admin/sources\"")
        .contains("name=\"_csrf\" value=\"" + tokenFor(cookie) + "\"");
  }

  @Test
  void wrongPasswordsFailAndTheSixthAttemptInARowIsTooMany() throws Exception {
    Browser b = browser();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> res = login(b, "wrong " + i, "/admin/sources");
      assertThat(res.statusCode()).as("attempt %s", i + 1).isEqualTo(401);
      assertThat(cookie(res, "nd_admin")).isEmpty();
    }

    HttpResponse<String> sixth = login(b, PASSWORD, "/admin/sources");

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    assertThat(cookie(sixth, "nd_admin")).isEmpty();
  }

  @Test
  void behindAProxyEachForwardedClientHasItsOwnLoginLimit() throws Exception {
    app.stop();
    start(true);
    Browser b = browser();
    for (int i = 0; i < 5; i++) {
      assertThat(loginFrom("203.0.113.7", b, "wrong " + i).statusCode()).isEqualTo(401);
    }

    assertThat(loginFrom("203.0.113.7", b, PASSWORD).statusCode()).isEqualTo(429);
    HttpResponse<String> other = loginFrom("198.51.100.9", b, PASSWORD);
    assertThat(other.statusCode()).isEqualTo(303);
    assertThat(cookie(other, "nd_admin")).isPresent();
  }

  @Test
  void notBehindAProxyAForgedForwardedForDoesNotEscapeTheLimit() throws Exception {
    Browser b = browser();
    for (int i = 0; i < 5; i++) {
      assertThat(loginFrom("203.0.113.7", b, "wrong " + i).statusCode()).isEqualTo(401);
    }

    assertThat(loginFrom("198.51.100.9", b, PASSWORD).statusCode()).isEqualTo(429);
  }

  private HttpResponse<String> loginFrom(String client, Browser b, String password)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", b.token);
    form.put("password", password);
    form.put("next", "/admin/sources");
    return send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("X-Forwarded-For", client), b, form);
  }

  @Test
  void theRightPasswordSignsInAndOpensTheAdminPages() throws Exception {
    Browser b = browser();
    HttpResponse<String> res = login(b, PASSWORD, "/admin/sources");

    assertThat(res.statusCode()).isEqualTo(303);
    assertThat(res.headers().firstValue("Location")).contains("/admin/sources");
    String setCookie = res.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("nd_admin=")).findFirst().orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict").containsIgnoringCase("Max-Age=43200");
    String session = cookie(res, "nd_admin").orElseThrow();

    HttpResponse<String> page = get("/admin/sources", "nd_admin=" + session);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).isEqualTo("the sources admin");

    HttpResponse<String> forged = get("/admin/sources", "nd_admin=" + session.substring(1));
    assertThat(forged.statusCode()).isEqualTo(303);
  }

  @Test
  void aLoginWithoutCsrfTokenIsForbidden() throws Exception {
    HttpResponse<String> res = post("/login", null, Map.of("password", PASSWORD));

    assertThat(res.statusCode()).isEqualTo(403);
    assertThat(cookie(res, "nd_admin")).isEmpty();
  }

  @Test
  void aNextPageOnAnotherSiteIsNotFollowed() throws Exception {
    for (String next : new String[] {"https://evil.example", "//evil.example/x",
        "/\\evil.example", "javascript:alert(1)"}) {
      HttpResponse<String> res = login(browser(), PASSWORD, next);
      assertThat(res.statusCode()).as(next).isEqualTo(303);
      assertThat(res.headers().firstValue("Location")).as(next).contains("/");
    }
    HttpResponse<String> form = get("/login?next=https%3A%2F%2Fevil.example", null);
    assertThat(form.body()).doesNotContain("evil.example");
  }

  @Test
  void signingOutClearsTheSessionCookie() throws Exception {
    Browser b = browser();
    HttpResponse<String> res = post("/logout", b.cookieHeader(), Map.of("_csrf", b.token));

    assertThat(res.statusCode()).isEqualTo(303);
    assertThat(res.headers().allValues("Set-Cookie")).anySatisfy(c ->
        assertThat(c).startsWith("nd_admin=;").containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970"));
  }

  // Helpers: a browser is its CSRF cookie and the token a form of ours would carry.

  private record Browser(String cookie, String token) {
    String cookieHeader() {
      return "nd_csrf=" + cookie;
    }
  }

  private Browser browser() throws Exception {
    HttpResponse<String> res = get("/form", null);
    return new Browser(cookie(res, "nd_csrf").orElseThrow(), res.body());
  }

  private String tokenFor(String cookie) throws Exception {
    return get("/form", "nd_csrf=" + cookie).body();
  }

  private HttpResponse<String> login(Browser b, String password, String next) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", b.token);
    form.put("password", password);
    form.put("next", next);
    return post("/login", b.cookieHeader(), form);
  }

  private HttpResponse<String> get(String path, String cookies) throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path));
    if (cookies != null) {
      req.header("Cookie", cookies);
    }
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookies, Map<String, String> form)
      throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path));
    if (cookies != null) {
      req.header("Cookie", cookies);
    }
    return send(req, null, form);
  }

  private HttpResponse<String> send(HttpRequest.Builder req, Browser b, Map<String, String> form)
      throws Exception {
    if (b != null) {
      req.header("Cookie", b.cookieHeader());
    }
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(req.header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> cookie(HttpResponse<?> res, String name) {
    return res.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1).split(";", 2)[0])
        .filter(v -> !v.isEmpty()).findFirst();
  }
}
