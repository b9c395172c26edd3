package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Against a real HTTP server on loopback (the guard allows it for the test), with a fixed clock
 * for the retry times and real time for the pacing. The server records what it was asked.
 */
@Timeout(60)
class PoliteFetcherTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String FEED = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";

  private HttpServer server;
  private String base;
  private volatile String robots = null; // null: robots.txt answers 404
  private volatile int robotsStatus = 200;
  /** Request paths in arrival order, and the headers of the last request to each path. */
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, com.sun.net.httpserver.Headers> headers = new ConcurrentHashMap<>();
  /** Start and end (System.nanoTime) of each request to /slow. */
  private final List<long[]> slowSpans = new CopyOnWriteArrayList<>();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  private PoliteFetcher fetcher = fetcher(Duration.ofMillis(10));

  private PoliteFetcher fetcher(Duration minHostDelay) {
    return new PoliteFetcher(new UrlGuard(true), PoliteFetcher.Options.defaults()
        .withHostDelays(minHostDelay, Duration.ofSeconds(30))
        .withRetry(new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(24), () -> 0.0)),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool()); // concurrent, so pacing is ours
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      requests.add(path);
      headers.put(path, ex.getRequestHeaders());
      try {
        route(path, ex);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        ex.close();
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void route(String path, HttpExchange ex) throws IOException, InterruptedException {
    switch (path) {
      case "/robots.txt" -> {
        if (robots == null) {
          send(ex, 404, "text/plain", new byte[0]);
        } else {
          send(ex, robotsStatus, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
        }
      }
      case "/feed" -> {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if ("\"v1\"".equals(inm)) {
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.sendResponseHeaders(304, -1);
        } else {
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", "Sun, 01 Mar 2026 11:00:00 GMT");
          send(ex, 200, "application/rss+xml; charset=UTF-8", FEED.getBytes(StandardCharsets.UTF_8));
        }
      }
      case "/gzip" -> {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        send(ex, 200, "text/html", gzip("<p>squeezed caf\u00e9</p>".getBytes(StandardCharsets.UTF_8)));
      }
      case "/deflate" -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
          d.write("<p>deflated</p>".getBytes(StandardCharsets.UTF_8));
        }
        ex.getResponseHeaders().set("Content-Encoding", "deflate");
        send(ex, 200, "text/html", out.toByteArray());
      }
      case "/bomb" -> {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        send(ex, 200, "text/html", BOMB);
      }
      case "/private/secret", "/private/ok/page", "/page" ->
          send(ex, 200, "text/html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
      case "/slow" -> {
        long start = System.nanoTime();
        Thread.sleep(200);
        send(ex, 200, "text/html", "<p>slow</p>".getBytes(StandardCharsets.UTF_8));
        slowSpans.add(new long[] {start, System.nanoTime()});
      }
      case "/busy" -> {
        ex.getResponseHeaders().set("Retry-After", "120");
        send(ex, 503, "text/plain", new byte[0]);
      }
      case "/down" -> send(ex, 502, "text/plain", new byte[0]);
      case "/limited" -> {
        ex.getResponseHeaders().set("Retry-After", "Sun, 01 Mar 2026 18:00:00 GMT");
        send(ex, 429, "text/plain", new byte[0]);
      }
      case "/loop/a", "/loop/b" -> {
        ex.getResponseHeaders().set("Location", path.endsWith("a") ? "b" : "a");
        ex.sendResponseHeaders(302, -1);
      }
      case "/report.pdf" -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
      default -> send(ex, 404, "text/html", "<h1>not here</h1>".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** 50 MB of zeros, which gzip to about 50 KB. */
  private static final byte[] BOMB = bomb();

  private static byte[] bomb() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        byte[] zeros = new byte[1024 * 1024];
        for (int i = 0; i < 50; i++) {
          gz.write(zeros);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private FetchOutcome fetch(String path, FetchPurpose purpose) {
    return fetcher.fetch(uri(path), CacheValidators.none(), purpose);
  }

  @Test
  void anUnchangedFeedIsNotModifiedWhenItsEtagIsSentBack() {
    FetchOutcome first = fetch("/feed", FetchPurpose.FEED);
    assertThat(first).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) first;
    assertThat(fetched.validators()).isEqualTo(new CacheValidators(
        java.util.Optional.of("\"v1\""),
        java.util.Optional.of("Sun, 01 Mar 2026 11:00:00 GMT")));
    assertThat(fetched.page().text()).isEqualTo(FEED);
    assertThat(fetched.page().charset()).contains(StandardCharsets.UTF_8);
    assertThat(headers.get("/feed").getFirst("If-None-Match")).isNull();

    FetchOutcome second = fetcher.fetch(uri("/feed"), fetched.validators(), FetchPurpose.FEED);
    assertThat(second).isEqualTo(new FetchOutcome.NotModified());
    assertThat(headers.get("/feed").getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(headers.get("/feed").getFirst("If-Modified-Since"))
        .isEqualTo("Sun, 01 Mar 2026 11:00:00 GMT");
  }

  @Test
  void feedsAskForFeedTypesAndPagesForHtml() {
    fetch("/feed", FetchPurpose.FEED);
    fetch("/page", FetchPurpose.PAGE);
    assertThat(headers.get("/feed").getFirst("Accept")).contains("application/rss+xml",
        "application/atom+xml", "application/feed+json", "application/xml", "text/xml",
        "text/html");
    assertThat(headers.get("/page").getFirst("Accept")).startsWith("text/html")
        .doesNotContain("rss");
    assertThat(headers.get("/page").getFirst("User-Agent")).startsWith("Newsdesk/");
  }

  @Test
  void aGzippedBodyIsDecoded() {
    FetchOutcome outcome = fetch("/gzip", FetchPurpose.PAGE);
    assertThat(headers.get("/gzip").getFirst("Accept-Encoding")).contains("gzip");
    assertThat(((FetchOutcome.Fetched) outcome).page().text())
        .isEqualTo("<p>squeezed caf\u00e9</p>");
  }

  @Test
  void aDeflatedBodyIsDecoded() {
    assertThat(((FetchOutcome.Fetched) fetch("/deflate", FetchPurpose.PAGE)).page().text())
        .isEqualTo("<p>deflated</p>");
  }

  @Test
  void aGzipBombIsStoppedAtTheCapWithAClearMessage() {
    assertThat(BOMB.length).isLessThan(1024 * 1024);
    assertThat(fetch("/bomb", FetchPurpose.PAGE)).isEqualTo(new FetchOutcome.Failed(
        "cannot fetch " + base + "/bomb: the page decompresses to more than 10 MB;"
            + " stopped reading"));
  }

  @Test
  void robotsDisallowIsHonouredAndItsAllowRespected() {
    robots = "User-agent: *\nDisallow: /\n\nUser-agent: Newsdesk\nDisallow: /private/\n"
        + "Allow: /private/ok/\n";
    FetchOutcome denied = fetch("/private/secret", FetchPurpose.PAGE);
    assertThat(denied).isInstanceOf(FetchOutcome.Disallowed.class);
    assertThat(((FetchOutcome.Disallowed) denied).reason())
        .contains(base + "/robots.txt", base + "/private/secret");
    assertThat(fetch("/private/ok/page", FetchPurpose.PAGE))
        .isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(fetch("/page", FetchPurpose.PAGE)).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(requests).doesNotContain("/private/secret");
    assertThat(requests).containsOnlyOnce("/robots.txt");
  }

  @Test
  void anUnreachableRobotsTxtMeansRetryLaterWithoutTouchingThePage() {
    robots = "";
    robotsStatus = 503;
    FetchOutcome outcome = fetch("/page", FetchPurpose.PAGE);
    assertThat(outcome).isInstanceOf(FetchOutcome.RetryLater.class);
    assertThat(((FetchOutcome.RetryLater) outcome).notBefore()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(requests).containsExactly("/robots.txt");
  }

  @Test
  void theCrawlDelayOfRobotsTxtSpacesRequests() {
    robots = "User-agent: *\nCrawl-delay: 1\n";
    fetch("/page", FetchPurpose.PAGE); // robots.txt, then the page
    long start = System.nanoTime();
    fetch("/page", FetchPurpose.PAGE);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void twoConcurrentFetchesToOneHostAreSerializedWithTheDelay() throws Exception {
    fetcher = fetcher(Duration.ofMillis(400));
    fetch("/page", FetchPurpose.PAGE); // reads robots.txt first, out of the measurement
    Future<FetchOutcome> a = pool.submit(() -> fetch("/slow", FetchPurpose.PAGE));
    Future<FetchOutcome> b = pool.submit(() -> fetch("/slow", FetchPurpose.PAGE));
    assertThat(a.get(20, TimeUnit.SECONDS)).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(b.get(20, TimeUnit.SECONDS)).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(slowSpans).hasSize(2);
    long[] first = slowSpans.get(0)[0] < slowSpans.get(1)[0] ? slowSpans.get(0) : slowSpans.get(1);
    long[] second = first == slowSpans.get(0) ? slowSpans.get(1) : slowSpans.get(0);
    assertThat(second[0]).as("the second starts after the first ended").isGreaterThan(first[1]);
    assertThat(TimeUnit.NANOSECONDS.toMillis(second[0] - first[0])).isGreaterThanOrEqualTo(350);
  }

  @Test
  void a503WithRetryAfterSecondsIsRetryLaterAtThatTime() {
    assertThat(fetch("/busy", FetchPurpose.FEED)).isEqualTo(new FetchOutcome.RetryLater(
        NOW.plusSeconds(120), "cannot fetch " + base + "/busy now: the server answered 503"
            + " Service Unavailable"));
  }

  @Test
  void a429WithARetryAfterDateIsRetryLaterAtThatDate() {
    FetchOutcome outcome = fetch("/limited", FetchPurpose.FEED);
    assertThat(((FetchOutcome.RetryLater) outcome).notBefore())
        .isEqualTo(Instant.parse("2026-03-01T18:00:00Z"));
  }

  @Test
  void aServerErrorWithoutRetryAfterBacksOffByTheFailureCount() {
    FetchOutcome third = fetcher.fetch(uri("/down"), CacheValidators.none(), FetchPurpose.FEED, 2);
    assertThat(((FetchOutcome.RetryLater) third).notBefore()).isEqualTo(NOW.plusSeconds(240));
    FetchOutcome first = fetch("/down", FetchPurpose.FEED);
    assertThat(((FetchOutcome.RetryLater) first).notBefore()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aClosedPortIsRetryLater() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    FetchOutcome outcome = fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/feed"),
        CacheValidators.none(), FetchPurpose.FEED);
    assertThat(outcome).isInstanceOf(FetchOutcome.RetryLater.class);
    assertThat(((FetchOutcome.RetryLater) outcome).reason()).contains("127.0.0.1:" + port);
  }

  @Test
  void aRedirectLoopFailsNamingTheLoop() {
    assertThat(fetch("/loop/a", FetchPurpose.PAGE)).isEqualTo(new FetchOutcome.Failed(
        "cannot fetch " + base + "/loop/a: redirect loop (" + base + "/loop/b redirects back to "
            + base + "/loop/a)"));
  }

  @Test
  void aPageThatIsNotHtmlFailsNamingItsMediaType() {
    assertThat(fetch("/report.pdf", FetchPurpose.PAGE)).isEqualTo(new FetchOutcome.Failed(
        "cannot use " + base + "/report.pdf as an article page: it is application/pdf, not HTML"));
    assertThat(fetch("/report.pdf", FetchPurpose.FEED)).isInstanceOf(FetchOutcome.Fetched.class);
  }

  @Test
  void notFoundIsAFailureNotARetry() {
    assertThat(fetch("/gone", FetchPurpose.FEED)).isEqualTo(new FetchOutcome.Failed(
        "cannot fetch " + base + "/gone: the server answered 404 Not Found"));
  }

  @Test
  void aUrlTheGuardRefusesFailsWithoutAnyRequest() {
    PoliteFetcher strict = new PoliteFetcher(new UrlGuard(false), PoliteFetcher.Options.defaults(),
        Clock.fixed(NOW, ZoneOffset.UTC));
    FetchOutcome outcome = strict.fetch(uri("/page"), CacheValidators.none(), FetchPurpose.PAGE);
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    assertThat(((FetchOutcome.Failed) outcome).message()).startsWith("refusing " + base + "/page");
    assertThat(requests).isEmpty();
  }
}
