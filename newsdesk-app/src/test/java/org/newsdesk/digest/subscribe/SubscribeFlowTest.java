package org.newsdesk.digest.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.DigestSettings;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.store.Database;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.store.TestStore;
import org.newsdesk.web.TestSecurity;
import org.newsdesk.web.WebServer;
import org.newsdesk.web.security.WebSecurity;

/** Subscribe, confirm, manage and unsubscribe over HTTP against a running server. */
class SubscribeFlowTest {

  private static final String SITE = "https://news.example.org";
  private static final Pattern CONFIRM_LINK =
      Pattern.compile(Pattern.quote(SITE) + "(/subscribe/confirm/[A-Za-z0-9_.~-]+)");
  private static final Pattern MANAGE_LINK =
      Pattern.compile(Pattern.quote(SITE) + "(/manage/[A-Za-z0-9_.~-]+)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private Database db;
  private SubscriberStore store;
  private MutableClock clock;
  private DigestLinks links;
  private WebServer server;
  private HttpClient browser;

  @BeforeEach
  void setUp() {
    db = TestStore.fresh();
    db.jdbi().useHandle(h -> h.execute("truncate subscriber, outbox restart identity cascade"));
    store = new SubscriberStore(db);
    clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  private void start(SubscribeLimits limits) {
    WebSecurity security = TestSecurity.open();
    links = new DigestLinks(security.signer(), DigestSettings.defaults(URI.create(SITE)), clock);
    server = new WebServer(db, Optional.empty(), security, List.of(new SubscribeRoutes(db, links,
        MailSettings.sinkOnly("Newsdesk <digest@news.example.org>"), limits, clock)))
        .start("127.0.0.1", 0);
  }

  private void start() {
    start(new SubscribeLimits(100, Duration.ofMinutes(10), 100, Duration.ofHours(24)));
  }

  @Test
  void subscribeSendsOneConfirmationAndTheButtonActivatesAtTheLocalHour() throws Exception {
    start();
    HttpResponse<String> form = get("/subscribe?follow=place:KP&follow=topic:attack"
        + "&follow=entity:999999");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("North Korea", "value=\"place:KP\"", "value=\"topic:attack\"")
        .doesNotContain("entity:999999") // no such entity: not offered
        .contains("Intl.DateTimeFormat().resolvedOptions().timeZone");

    HttpResponse<String> sent = post("/subscribe", csrf(form), Map.of("email",
        List.of(" Reader@Example.ORG "), "zone", List.of("Asia/Kolkata"), "hour", List.of("9"),
        "follow", List.of("place:KP", "topic:attack")));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Check your inbox");

    Subscriber pending = store.byEmail("Reader@example.org").orElseThrow();
    assertThat(pending.state()).isEqualTo(Subscriber.State.PENDING);
    assertThat(pending.follows()).extracting(f -> f.label())
        .containsExactly("North Korea", "attack");
    List<Map<String, Object>> mails = outbox("Reader@example.org");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0)).containsEntry("kind", "confirm");
    String confirmPath = link(CONFIRM_LINK, (String) mails.get(0).get("text_body"));
    assertThat((String) mails.get(0).get("html_body")).contains(SITE + confirmPath);

    // Opening the link (as a mail scanner would) changes nothing; it shows a button.
    HttpResponse<String> page = get(confirmPath);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<button type=\"submit\">Confirm</button>");
    assertThat(store.byEmail("Reader@example.org").orElseThrow().state())
        .isEqualTo(Subscriber.State.PENDING);

    HttpResponse<String> done = post(confirmPath, csrf(page), Map.of());
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("You are subscribed");
    Subscriber active = store.byEmail("Reader@example.org").orElseThrow();
    assertThat(active.state()).isEqualTo(Subscriber.State.ACTIVE);
    Instant next = active.nextDigestAt().orElseThrow();
    ZonedDateTime local = next.atZone(ZoneId.of("Asia/Kolkata"));
    assertThat(local.getHour()).isEqualTo(9);
    assertThat(local.getMinute()).isZero();
    assertThat(next).isAfter(clock.instant()).isBeforeOrEqualTo(clock.instant().plus(
        Duration.ofDays(1)));
    assertThat(active.coveredUntil()).contains(clock.instant().minus(Duration.ofHours(24)));

    // Confirming again is harmless and sends nothing.
    HttpResponse<String> again = post(confirmPath, csrf(page), Map.of());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Already confirmed");
    assertThat(outbox("Reader@example.org")).hasSize(1);
  }

  @Test
  void badAddressGets400WithTheProblemAndNothingIsStored() throws Exception {
    start();
    HttpResponse<String> r = post("/subscribe", csrf(get("/subscribe")), Map.of(
        "email", List.of("someone@localhost"), "zone", List.of("UTC"), "hour", List.of("7")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("no top-level part");
    assertThat(count("select count(*) from subscriber")).isZero();
    assertThat(count("select count(*) from outbox")).isZero();
  }

  @Test
  void tamperedAndExpiredConfirmationLinksAreRefused() throws Exception {
    start();
    subscribe("late@example.org", "UTC", 7);
    String confirmPath = link(CONFIRM_LINK, textOf("late@example.org", 0));
    String tampered = confirmPath.substring(0, confirmPath.length() - 2)
        + (confirmPath.endsWith("AA") ? "BB" : "AA");
    HttpResponse<String> bad = get(tampered);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("This link does not work", "href=\"/subscribe\"");

    HttpResponse<String> page = get(confirmPath);
    assertThat(page.statusCode()).isEqualTo(200);
    clock.advance(Duration.ofDays(3)); // confirmation links last two days
    assertThat(get(confirmPath).statusCode()).isEqualTo(400);
    assertThat(post(confirmPath, csrf(page), Map.of()).statusCode()).isEqualTo(400);
    assertThat(store.byEmail("late@example.org").orElseThrow().state())
        .isEqualTo(Subscriber.State.PENDING);
  }

  @Test
  void clientOverItsLimitGets429AndNoMail() throws Exception {
    start(new SubscribeLimits(2, Duration.ofMinutes(10), 100, Duration.ofHours(24)));
    String csrf = csrf(get("/subscribe"));
    for (int i = 0; i < 2; i++) {
      assertThat(post("/subscribe", csrf, form("reader" + i + "@example.org")).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> refused = post("/subscribe", csrf, form("reader2@example.org"));
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("too often");
    assertThat(count("select count(*) from outbox")).isEqualTo(2);
    assertThat(store.byEmail("reader2@example.org")).isEmpty();

    clock.advance(Duration.ofMinutes(11));
    assertThat(post("/subscribe", csrf, form("reader2@example.org")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void addressOverItsLimitGets429AndNoMailEvenAfterARestart() throws Exception {
    start(new SubscribeLimits(100, Duration.ofMinutes(10), 3, Duration.ofHours(24)));
    String csrf = csrf(get("/subscribe"));
    for (String typed : List.of("twice@example.org", "twice@EXAMPLE.org", "twice@Example.Org")) {
      assertThat(post("/subscribe", csrf, form(typed)).statusCode()).isEqualTo(200);
    }
    assertThat(post("/subscribe", csrf, form("twice@example.org")).statusCode()).isEqualTo(429);
    assertThat(outbox("twice@example.org")).hasSize(3);

    // A new server (a restart, another instance) counts from the outbox, not from memory.
    server.close();
    start(new SubscribeLimits(100, Duration.ofMinutes(10), 3, Duration.ofHours(24)));
    HttpResponse<String> refused = post("/subscribe", csrf(get("/subscribe")),
        form("twice@example.org"));
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("as many emails as we will in a day");
    assertThat(outbox("twice@example.org")).hasSize(3);
  }

  @Test
  void oneClickPostWithoutCookieUnsubscribesAndOldLinksDie() throws Exception {
    start();
    String managePath = subscribeAndConfirm("leaver@example.org", "UTC", 7);
    Subscriber active = store.byEmail("leaver@example.org").orElseThrow();
    String unsubscribePath = URI.create(links.unsubscribeUrl(active)).getPath();
    int mailsBefore = outbox("leaver@example.org").size();

    HttpClient mailClient = HttpClient.newHttpClient(); // no cookies, no CSRF token
    for (int attempt = 0; attempt < 2; attempt++) { // a retried one-click is still fine
      HttpResponse<String> r = mailClient.send(HttpRequest.newBuilder(url(unsubscribePath))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("Unsubscribed");
    }
    Subscriber gone = store.byEmail("leaver@example.org").orElseThrow();
    assertThat(gone.state()).isEqualTo(Subscriber.State.UNSUBSCRIBED);
    assertThat(gone.nextDigestAt()).isEmpty();
    assertThat(gone.tokenGeneration()).isEqualTo(active.tokenGeneration() + 1);
    assertThat(count("select count(*) from subscriber where unsubscribed_at is not null"))
        .isEqualTo(1);
    assertThat(outbox("leaver@example.org")).hasSize(mailsBefore);
    assertThat(get(managePath).statusCode()).isEqualTo(400);
  }

  @Test
  void managePageMovesTheNextDigestToTheNewHourAndPauses() throws Exception {
    start();
    String managePath = subscribeAndConfirm("mover@example.org", "UTC", 7);
    HttpResponse<String> page = get(managePath);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("value=\"topic:attack\"");

    HttpResponse<String> saved = post(managePath, csrf(page), Map.of(
        "zone", List.of("America/New_York"), "hour", List.of("18"), "state", List.of("active"),
        "follow", List.of(), "addKind", List.of("search"), "add", List.of("grain exports")));
    assertThat(saved.statusCode()).isEqualTo(303);
    Subscriber moved = store.byEmail("mover@example.org").orElseThrow();
    ZonedDateTime local = moved.nextDigestAt().orElseThrow().atZone(ZoneId.of("America/New_York"));
    assertThat(local.getHour()).isEqualTo(18);
    assertThat(moved.sendHour()).isEqualTo(18);
    assertThat(moved.follows()).extracting(f -> f.label()).containsExactly("Search: grain exports");

    post(managePath, csrf(page), Map.of("zone", List.of("America/New_York"),
        "hour", List.of("18"), "state", List.of("paused")));
    Subscriber paused = store.byEmail("mover@example.org").orElseThrow();
    assertThat(paused.state()).isEqualTo(Subscriber.State.PAUSED);
    assertThat(paused.nextDigestAt()).isEmpty();

    // Without the form's token the change is refused.
    assertThat(post(managePath, "wrong", Map.of("zone", List.of("UTC"), "hour", List.of("3"),
        "state", List.of("active"))).statusCode()).isEqualTo(403);
    assertThat(store.byEmail("mover@example.org").orElseThrow().sendHour()).isEqualTo(18);
  }

  @Test
  void subscribingAnActiveAddressRevealsNothingAndKeepsItActive() throws Exception {
    start();
    String csrf = csrf(get("/subscribe"));
    HttpResponse<String> first = post("/subscribe", csrf, form("known@example.org"));
    String confirmPath = link(CONFIRM_LINK, textOf("known@example.org", 0));
    post(confirmPath, csrf(get(confirmPath)), Map.of());
    Subscriber before = store.byEmail("known@example.org").orElseThrow();
    assertThat(before.state()).isEqualTo(Subscriber.State.ACTIVE);

    HttpResponse<String> second = post("/subscribe", csrf, Map.of("email",
        List.of("known@example.org"), "zone", List.of("Europe/Paris"), "hour", List.of("5"),
        "follow", List.of("search:something else")));
    assertThat(second.statusCode()).isEqualTo(first.statusCode());
    assertThat(second.body()).isEqualTo(first.body());

    Subscriber after = store.byEmail("known@example.org").orElseThrow();
    assertThat(after.state()).isEqualTo(Subscriber.State.ACTIVE);
    assertThat(after).isEqualTo(before);
    List<Map<String, Object>> mails = outbox("known@example.org");
    assertThat(mails).hasSize(2);
    assertThat((String) mails.get(1).get("subject")).contains("subscription");
    assertThat(link(MANAGE_LINK, (String) mails.get(1).get("text_body"))).startsWith("/manage/");
    assertThat((String) mails.get(1).get("text_body")).doesNotContain("/subscribe/confirm/");
  }

  @Test
  void entityPageLinksToTheFormWhichNamesTheEntity() throws Exception {
    start();
    long id = db.jdbi().withHandle(h -> h.createQuery(
            "insert into entity (name, type) values ('Kim Jong-Un', 'PERSON') returning id")
        .mapTo(Long.class).one());
    HttpResponse<String> entity = get("/entities/" + id);
    assertThat(entity.statusCode()).isEqualTo(200);
    assertThat(entity.body()).contains("href=\"/subscribe?follow=entity:" + id + "\"");
    HttpResponse<String> form = get("/subscribe?follow=entity:" + id);
    assertThat(form.body()).contains("Kim Jong-Un", "value=\"entity:" + id + "\"");
  }

  /** Subscribes with one topic and confirms; the path of the manage link the page shows. */
  private String subscribeAndConfirm(String email, String zone, int hour) throws Exception {
    subscribe(email, zone, hour);
    String confirmPath = link(CONFIRM_LINK, textOf(email, 0));
    HttpResponse<String> done = post(confirmPath, csrf(get(confirmPath)), Map.of());
    assertThat(done.statusCode()).isEqualTo(200);
    return link(MANAGE_LINK, done.body().replace("&#47;", "/"));
  }

  private void subscribe(String email, String zone, int hour) throws Exception {
    HttpResponse<String> r = post("/subscribe", csrf(get("/subscribe")), Map.of("email",
        List.of(email), "zone", List.of(zone), "hour", List.of(Integer.toString(hour)),
        "follow", List.of("topic:attack")));
    assertThat(r.statusCode()).isEqualTo(200);
  }

  private static Map<String, List<String>> form(String email) {
    return Map.of("email", List.of(email), "zone", List.of("UTC"), "hour", List.of("7"));
  }

  private String textOf(String email, int index) {
    return (String) outbox(email).get(index).get("text_body");
  }

  private List<Map<String, Object>> outbox(String recipient) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select kind, subject, text_body, html_body from outbox where recipient = :r"
                + " order by id")
        .bind("r", recipient).mapToMap().list());
  }

  private long count(String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static String link(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("a link matching %s in %s", pattern, text).isTrue();
    return m.group(1);
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a CSRF field").isTrue();
    return m.group(1);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(url(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String csrf, Map<String, List<String>> fields)
      throws Exception {
    List<String> pairs = new ArrayList<>();
    pairs.add("_csrf=" + enc(csrf));
    fields.forEach((k, vs) -> vs.forEach(v -> pairs.add(enc(k) + "=" + enc(v))));
    return browser.send(HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
