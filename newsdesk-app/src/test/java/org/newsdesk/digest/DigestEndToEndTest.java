package org.newsdesk.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.digest.compose.DigestComposer;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.digest.compose.DigestPreviewRoutes;
import org.newsdesk.digest.compose.DigestRun;
import org.newsdesk.digest.deliver.MailAdminRoutes;
import org.newsdesk.digest.deliver.MailDelivery;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.digest.deliver.OutboxSender;
import org.newsdesk.digest.subscribe.SubscribeRoutes;
import org.newsdesk.store.Database;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.web.TestSecurity;
import org.newsdesk.web.WebServer;
import org.newsdesk.web.security.WebSecurity;

/**
 * The whole loop as a reader meets it, over real sockets: the subscribe form over HTTP, the
 * confirmation mail over SMTP into GreenMail, the link in it, the digest at the reader's hour,
 * and every link and header in that digest tried against the running server, ending with an
 * RFC 8058 one-click unsubscribe.
 */
class DigestEndToEndTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  private static final String FROM = "Newsdesk <digest@news.example.org>";
  private static final String READER = "reader@example.org";
  /** The reader subscribes at 15:30 in Tokyo and asks for the digest at 16:00 there. */
  private static final Instant SUBSCRIBED = Instant.parse("2026-11-28T06:30:00Z");
  private static final Instant DUE = Instant.parse("2026-11-28T07:00:00Z");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private DigestFixture fixture;
  private Database db;
  private String site;
  private WebServer server;
  private MailDelivery mail;
  private DigestComposition digests;
  private final HttpClient browser = HttpClient.newBuilder()
      .cookieHandler(new CookieManager()).build();

  @BeforeEach
  void start() throws Exception {
    fixture = DigestFixture.fresh();
    db = fixture.db();
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    // The links in the mails point at this very server, as publicUrl does in production.
    site = "http://127.0.0.1:" + port;
    Clock clock = Clock.fixed(SUBSCRIBED, ZoneOffset.UTC);
    DigestSettings settings = DigestSettings.defaults(URI.create(site));
    MailSettings mailSettings = new MailSettings(FROM, Optional.of(new MailSettings.Relay(
        "127.0.0.1", smtp.getSmtp().getPort(), false, false, Optional.empty(), Optional.empty())),
        0, 1000, Optional.empty());
    WebSecurity security = TestSecurity.open();
    digests = new DigestComposition(db, settings, mailSettings, security.signer(), clock);
    // The routes serve wires, on a real server.
    server = new WebServer(db, Optional.empty(), security, List.of(
        new SubscribeRoutes(db, new DigestLinks(security.signer(), settings, clock),
            mailSettings, clock),
        new MailAdminRoutes(db),
        new DigestPreviewRoutes(digests.preview(), clock))).start("127.0.0.1", port);
    mail = MailDelivery.open(db, mailSettings);
    DigestMetrics.register(server.metrics(), mail.sender(), db, digests);
  }

  @AfterEach
  void stop() throws Exception {
    if (mail != null) {
      mail.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void subscribeConfirmReceiveTheDigestFollowItsLinksAndUnsubscribeInOneClick()
      throws Exception {
    long launch = fixture.story("North Korea missile launch", 6, DUE.minus(Duration.ofHours(1)));
    long northKorea = fixture.mention(launch, "North Korea", "COUNTRY");
    fixture.story("Election in France", 9, DUE.minus(Duration.ofHours(1)));
    OutboxSender sender = mail.sender();
    SubscriberStore subscribers = new SubscriberStore(db);

    // The form, as a browser gets it from an entity page's link, then posted with its token.
    HttpResponse<String> form = get("/subscribe?follow=entity:" + northKorea);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("North Korea");
    HttpResponse<String> posted = post("/subscribe", csrf(form), Map.of(
        "email", List.of(READER), "zone", List.of("Asia/Tokyo"), "hour", List.of("16"),
        "follow", List.of("entity:" + northKorea)));
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).contains("Check your inbox");

    // The confirmation, over SMTP.
    assertThat(sender.drain("e2e/1")).isEqualTo(1);
    MimeMessage confirmation = only(smtp.getReceivedMessages());
    assertThat(confirmation.getHeader("From", null)).isEqualTo(FROM);
    assertThat(confirmation.getHeader("To", null)).isEqualTo(READER);
    assertThat(confirmation.getSubject()).isEqualTo("Confirm your Newsdesk daily digest");
    Parts confirmParts = parts(confirmation);
    String confirmUrl = link(site + "/subscribe/confirm/", confirmParts.text());
    assertThat(unescape(confirmParts.html())).contains(confirmUrl);

    // Opening the link (a mail scanner does) confirms nothing; the button does.
    HttpResponse<String> confirmPage = get(confirmUrl);
    assertThat(confirmPage.statusCode()).isEqualTo(200);
    assertThat(confirmPage.body()).contains("<button type=\"submit\">Confirm</button>");
    assertThat(subscribers.byEmail(READER).orElseThrow().state())
        .isEqualTo(Subscriber.State.PENDING);
    HttpResponse<String> confirmed = post(confirmUrl, csrf(confirmPage), Map.of());
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("You are subscribed");
    Subscriber active = subscribers.byEmail(READER).orElseThrow();
    assertThat(active.state()).isEqualTo(Subscriber.State.ACTIVE);
    assertThat(active.nextDigestAt()).contains(DUE); // 16:00 in Tokyo

    // A minute early, nothing; at the hour, one digest; run again, still one.
    assertThat(digests.run(1).runDue(DUE.minusSeconds(60)).digests()).isZero();
    DigestRun.Result run = digests.run(1).runDue(DUE);
    assertThat(run.digests()).isEqualTo(1);
    assertThat(digests.run(1).runDue(DUE).digests()).isZero();
    assertThat(sender.drain("e2e/1")).isEqualTo(1);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage digest = received[1];

    assertThat(digest.getHeader("From", null)).isEqualTo(FROM);
    assertThat(digest.getHeader("To", null)).isEqualTo(READER);
    assertThat(digest.getSubject())
        .isEqualTo("Your Newsdesk digest, 28 Nov: North Korea missile launch");
    String storedId = db.jdbi().withHandle(h -> h.createQuery(
            "select message_id from outbox where id = :id")
        .bind("id", run.stored().get(0).outboxId()).mapTo(String.class).one());
    assertThat(digest.getMessageID()).isEqualTo(storedId).matches("<[^<>@\\s]+@news\\.example\\.org>")
        .isNotEqualTo(confirmation.getMessageID());
    assertThat(digest.getSentDate()).isNotNull();
    String listUnsubscribe = digest.getHeader("List-Unsubscribe", null);
    assertThat(listUnsubscribe).startsWith("<" + site + "/unsubscribe/").endsWith(">");
    assertThat(digest.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");

    Parts parts = parts(digest);
    assertThat(parts.html().getBytes(StandardCharsets.UTF_8).length)
        .isLessThan(DigestComposer.MAX_HTML_BYTES);
    String html = unescape(parts.html());
    assertThat(parts.text()).contains("North Korea missile launch",
        "Why it is here: you follow North Korea").doesNotContain("Election in France");
    assertThat(html).contains("Why it is here: you follow North Korea")
        .doesNotContain("Election in France");

    // The story link works, in both parts.
    String storyUrl = link(site + "/stories/", parts.text());
    assertThat(storyUrl).isEqualTo(site + "/stories/" + launch);
    assertThat(html).contains("href=\"" + storyUrl + "\"");
    HttpResponse<String> story = get(storyUrl);
    assertThat(story.statusCode()).isEqualTo(200);
    assertThat(story.body()).contains("North Korea missile launch");

    // The manage link opens the reader's settings.
    String manageUrl = link(site + "/manage/", parts.text());
    assertThat(html).contains("href=\"" + manageUrl + "\"");
    HttpResponse<String> manage = get(manageUrl);
    assertThat(manage.statusCode()).isEqualTo(200);
    assertThat(manage.body()).contains("North Korea", "value=\"entity:" + northKorea + "\"");

    // /metrics moved with the two sends and the digest.
    String metrics = get("/metrics").body();
    assertThat(metric(metrics, "newsdesk_mail_sent_total")).isEqualTo(2);
    assertThat(metric(metrics, "newsdesk_mail_failed_total")).isZero();
    assertThat(metric(metrics, "newsdesk_mail_retried_total")).isZero();
    assertThat(metric(metrics, "newsdesk_digests_composed_total")).isEqualTo(1);
    assertThat(metric(metrics, "newsdesk_outbox_rows{state=\"sent\"}")).isEqualTo(2);
    assertThat(metric(metrics, "newsdesk_outbox_rows{state=\"queued\"}")).isZero();

    // RFC 8058: the mail client posts to the List-Unsubscribe URL, no cookie, no CSRF token.
    String unsubscribeUrl = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
    assertThat(parts.text()).contains("Unsubscribe: " + unsubscribeUrl);
    HttpResponse<String> oneClick = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(unsubscribeUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(oneClick.statusCode()).isEqualTo(200);
    Subscriber gone = subscribers.byEmail(READER).orElseThrow();
    assertThat(gone.state()).isEqualTo(Subscriber.State.UNSUBSCRIBED);
    assertThat(gone.nextDigestAt()).isEmpty();
    assertThat(get(manageUrl).statusCode()).isEqualTo(400); // the old links die with it

    // Later that day, nothing more is composed or sent.
    assertThat(digests.run(1).runDue(DUE.plus(Duration.ofHours(6))).digests()).isZero();
    assertThat(sender.drain("e2e/1")).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(fixture.outboxRows(active.id())).isEqualTo(2);
  }

  /** The text and HTML parts of a multipart/alternative message, in that order. */
  private record Parts(String text, String html) {}

  private static Parts parts(MimeMessage m) throws Exception {
    assertThat(m.getContentType()).startsWith("multipart/alternative");
    Multipart multipart = (Multipart) m.getContent();
    assertThat(multipart.getCount()).isEqualTo(2);
    Part text = multipart.getBodyPart(0);
    Part html = multipart.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
    return new Parts(((String) text.getContent()).replace("\r\n", "\n"),
        (String) html.getContent());
  }

  private static MimeMessage only(MimeMessage[] messages) {
    assertThat(messages).hasSize(1);
    return messages[0];
  }

  /** The first URL in {@code text} that starts with {@code prefix}. */
  private static String link(String prefix, String text) {
    Matcher m = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_.~-]+").matcher(text);
    assertThat(m.find()).as("a link starting %s in %s", prefix, text).isTrue();
    return m.group();
  }

  /** The HTML escapes a template may put in an attribute. */
  private static String unescape(String html) {
    return html.replace("&#47;", "/").replace("&amp;", "&");
  }

  /** A sample's value from a Prometheus scrape. */
  private static double metric(String scrape, String sample) {
    return scrape.lines().filter(l -> l.startsWith(sample + " ")).findFirst()
        .map(l -> Double.parseDouble(l.substring(sample.length() + 1).strip()))
        .orElseThrow(() -> new AssertionError("no " + sample + " in\n" + scrape));
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a CSRF field").isTrue();
    return m.group(1);
  }

  private HttpResponse<String> get(String pathOrUrl) throws Exception {
    return browser.send(HttpRequest.newBuilder(url(pathOrUrl)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String pathOrUrl, String csrf,
      Map<String, List<String>> fields) throws Exception {
    List<String> pairs = new ArrayList<>();
    pairs.add("_csrf=" + enc(csrf));
    fields.forEach((k, vs) -> vs.forEach(v -> pairs.add(enc(k) + "=" + enc(v))));
    return browser.send(HttpRequest.newBuilder(url(pathOrUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("/") ? site + pathOrUrl : pathOrUrl);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
