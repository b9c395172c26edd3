package org.newsdesk.digest.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.digest.DigestFixture;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.web.TestSecurity;
import org.newsdesk.web.WebServer;

/** The preview shows what the run would store, stores nothing, and is for the admin only. */
class DigestPreviewTest {

  private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

  private static DigestComposition composition(DigestFixture store) {
    return new DigestComposition(store.db(), DigestFixture.SETTINGS,
        MailSettings.sinkOnly(DigestFixture.FROM), TestSecurity.open().signer(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void thePreviewComposesTheDigestWithoutStoringAnything() {
    DigestFixture store = DigestFixture.fresh();
    store.story("North Korea missile launch", 6, NOW.minusSeconds(3600));
    long reader = store.subscriber("reader@example.org", "UTC", 7, NOW, null);

    DigestPreview.Preview byEmail = composition(store).preview().of("reader@example.org", NOW)
        .orElseThrow();
    DigestPreview.Preview byId = composition(store).preview().of(String.valueOf(reader), NOW)
        .orElseThrow();

    assertThat(byEmail.digest().orElseThrow().mail().text()).contains("North Korea missile launch");
    assertThat(byId.subscriber().email()).isEqualTo("reader@example.org");
    assertThat(store.outboxRows()).isZero();
    assertThat(store.nextDigestAt(reader)).isEqualTo(NOW);
    assertThat(composition(store).preview().of("nobody@example.org", NOW)).isEmpty();
  }

  @Test
  void onlyTheAdminSeesAPreviewOverTheWeb() throws Exception {
    DigestFixture store = DigestFixture.fresh();
    store.story("North Korea missile launch", 6, Instant.now().minusSeconds(600));
    store.subscriber("reader@example.org", "UTC", 7, Instant.now(), null);
    var security = TestSecurity.open();
    try (WebServer server = new WebServer(store.db(), Optional.empty(), security,
        List.of(new DigestPreviewRoutes(composition(store).preview(), Clock.systemUTC())))
        .start("127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).build();
      HttpRequest preview = HttpRequest.newBuilder(
          URI.create(base + "/digest/preview?subscriber=reader%40example.org")).build();

      assertThat(browser.send(preview, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(403);

      String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
      browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&next=%2F&password="
              + java.net.URLEncoder.encode(TestSecurity.ADMIN_PASSWORD, StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> shown = browser.send(preview, HttpResponse.BodyHandlers.ofString());

      assertThat(shown.statusCode()).isEqualTo(200);
      assertThat(shown.body()).contains("North Korea missile launch", "/unsubscribe/");
      assertThat(store.outboxRows()).isZero();
    }
  }
}
