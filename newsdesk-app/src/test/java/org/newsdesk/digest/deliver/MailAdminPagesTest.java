package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.Database;
import org.newsdesk.store.SinkStore;
import org.newsdesk.store.SuppressionStore;
import org.newsdesk.web.TestSecurity;
import org.newsdesk.web.WebServer;

/**
 * The built-in sink end to end: the sender delivers over SMTP into the sink, the sink stores the
 * message, and the signed-in admin reads it at /admin/mail, the HTML only inside a sandboxed
 * frame; the suppression list takes and lifts entries by CSRF-checked forms.
 */
class MailAdminPagesTest {

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void theSinkStoresWhatIsSentAndTheAdminReadsItSafely() throws Exception {
    Database db = DeliverFixtures.freshDb();
    OutgoingMail mail = DeliverFixtures.digest("ann@example.com", 0);
    DeliverFixtures.enqueue(db, mail);
    try (SmtpSink sink = SmtpSink.storingIn(new SinkStore(db), 0)) {
      DeliverFixtures.sender(db, sink.relay()).drain("test/1");
    }
    List<SinkStore.SinkSummary> stored = new SinkStore(db).latest(10);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).messageId()).contains(mail.messageId());
    assertThat(stored.get(0).subject()).contains(mail.subject());
    assertThat(stored.get(0).recipients()).containsExactly("ann@example.com");

    try (WebServer web = new WebServer(db, Optional.empty(), TestSecurity.open(),
        List.of(new MailAdminRoutes(db))).start("127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + web.port();
      assertThat(get(base + "/admin/mail").statusCode()).isEqualTo(303); // not signed in
      String nav = "<a href=\"/sources\">Sources</a> <a href=\"/admin/mail\">Mail</a></nav>";
      assertThat(get(base + "/sources").body()).doesNotContain("href=\"/admin/mail\"");
      assertThat(get(base + "/").body()).doesNotContain("href=\"/admin/mail\"");
      String csrf = signIn(base);
      // Signed in, the site's navigation leads to the mail.
      assertThat(get(base + "/sources").body()).contains(nav);
      assertThat(get(base + "/").body()).contains(nav);

      String list = get(base + "/admin/mail").body();
      assertThat(list).contains(nav);
      assertThat(list).contains("Zürich talks").contains("ann@example.com")
          .contains("sent 1").contains("/admin/mail/" + stored.get(0).id());

      String page = get(base + "/admin/mail/" + stored.get(0).id()).body();
      assertThat(page).contains("List-Unsubscribe-Post").contains(mail.messageId()
          .replace("<", "&lt;").replace(">", "&gt;"));
      assertThat(page).contains("The ceasefire holds — day 0."); // the text part
      assertThat(page).contains("<iframe class=\"mail-html\" sandbox=\"\"")
          .contains("src=\"/admin/mail/" + stored.get(0).id() + "/html\"");
      assertThat(page).doesNotContain("<script>alert"); // the HTML never inline
      HttpResponse<String> html = get(base + "/admin/mail/" + stored.get(0).id() + "/html");
      assertThat(html.body()).isEqualTo(mail.html());
      assertThat(html.headers().firstValue("content-security-policy").orElse(""))
          .startsWith("sandbox;").contains("default-src 'none'");
      assertThat(get(base + "/admin/mail/999999").statusCode()).isEqualTo(404);

      assertThat(post(base + "/admin/suppressions", "email=x%40example.com").statusCode())
          .isEqualTo(403); // no CSRF token
      assertThat(post(base + "/admin/suppressions", "_csrf=" + csrf
          + "&email=x%40example.com&reason=asked+by+phone").statusCode()).isEqualTo(303);
      assertThat(new SuppressionStore(db).reason("x@example.com")).contains("asked by phone");
      assertThat(get(base + "/admin/suppressions").body()).contains("x@example.com")
          .contains("asked by phone");
      assertThat(post(base + "/admin/suppressions/lift", "_csrf=" + csrf
          + "&email=x%40example.com").statusCode()).isEqualTo(303);
      assertThat(new SuppressionStore(db).reason("x@example.com")).isEmpty();
    }
  }

  private String signIn(String base) throws Exception {
    String login = get(base + "/login").body();
    String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> r = post(base + "/login", "_csrf=" + csrf + "&next=%2Fadmin%2Fmail"
        + "&password=" + URLEncoder.encode(TestSecurity.ADMIN_PASSWORD, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(303);
    return csrf;
  }

  private HttpResponse<String> get(String url) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String form) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
