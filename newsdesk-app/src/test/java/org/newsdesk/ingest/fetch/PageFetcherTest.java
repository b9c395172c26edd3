package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback, which the guard allows only with the allow flag. */
class PageFetcherTest {

  private static final long CAP = 1_000;

  private HttpServer server;
  private String base;
  private final AtomicReference<String> userAgent = new AtomicReference<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final PageFetcher fetcher = fetcher(Duration.ofSeconds(5));

  private static PageFetcher fetcher(Duration readTimeout) {
    return new PageFetcher(new UrlGuard(true),
        new PageFetcher.Limits(Duration.ofSeconds(2), readTimeout, 5, CAP));
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/latin1", ex -> {
      userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
      send(ex, 200, "text/html; charset=ISO-8859-1", "<p>Caf\u00e9 cr\u00e8me</p>"
          .getBytes(StandardCharsets.ISO_8859_1));
    });
    server.createContext("/quoted", ex -> send(ex, 200, "text/plain;charset=\"windows-1252\"",
        "\u201cquoted\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252"))));
    server.createContext("/nocharset", ex -> send(ex, 200, "text/plain",
        "na\u00efve \u2019".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/badcharset", ex -> send(ex, 200, "text/plain; charset=x-no-such",
        "r\u00e9sum\u00e9".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/exactly-cap", ex -> send(ex, 200, "text/plain", filled(CAP)));
    server.createContext("/over-cap", ex -> send(ex, 200, "text/plain", filled(CAP + 1)));
    server.createContext("/over-cap-chunked", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse up front
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 10; i++) {
          out.write(filled(300));
          out.flush();
        }
      }
    });
    server.createContext("/endless", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        byte[] chunk = filled(8192);
        while (true) {
          out.write(chunk); // until the client hangs up
        }
      } catch (IOException hungUp) {
        // expected
      }
    });
    server.createContext("/r/", ex -> {
      int n = Integer.parseInt(ex.getRequestURI().getPath().substring(3));
      if (n == 0) {
        send(ex, 200, "text/plain", "arrived".getBytes(StandardCharsets.UTF_8));
      } else {
        ex.getResponseHeaders().set("Location", String.valueOf(n - 1)); // relative
        ex.sendResponseHeaders(n % 2 == 0 ? 301 : 302, -1);
        ex.close();
      }
    });
    server.createContext("/to-ftp", ex -> {
      ex.getResponseHeaders().set("Location", "ftp://example.com/file");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/no-location", ex -> {
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/missing", ex -> send(ex, 404, "text/html",
        "<h1>not here</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/slow", ex -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] filled(long n) {
    byte[] b = new byte[(int) n];
    Arrays.fill(b, (byte) 'a');
    return b;
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  @Test
  void theBodyIsDecodedWithTheCharsetOfTheContentType() throws FetchException {
    FetchedPage page = fetcher.fetch(uri("/latin1"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.mediaType()).contains("text/html");
    assertThat(page.charset()).contains(StandardCharsets.ISO_8859_1);
    assertThat(page.text()).isEqualTo("<p>Caf\u00e9 cr\u00e8me</p>");
  }

  @Test
  void aQuotedCharsetIsUnderstood() throws FetchException {
    assertThat(fetcher.fetch(uri("/quoted")).text()).isEqualTo("\u201cquoted\u201d");
  }

  @Test
  void withoutACharsetOrWithAnUnknownOneTheBodyIsUtf8() throws FetchException {
    assertThat(fetcher.fetch(uri("/nocharset")).charset()).isEmpty();
    assertThat(fetcher.fetch(uri("/nocharset")).text()).isEqualTo("na\u00efve \u2019");
    assertThat(fetcher.fetch(uri("/badcharset")).text()).isEqualTo("r\u00e9sum\u00e9");
  }

  @Test
  void theRequestCarriesOurUserAgent() throws FetchException {
    fetcher.fetch(uri("/latin1"));
    assertThat(userAgent.get()).isEqualTo("Newsdesk/0.1 (+https://github.com/newsdesk)");
  }

  @Test
  void aBodyOfExactlyTheCapIsRead() throws FetchException {
    assertThat(fetcher.fetch(uri("/exactly-cap")).body()).hasSize((int) CAP);
  }

  @Test
  void aBodyOverTheCapIsRefusedWhetherDeclaredOrChunked() {
    for (String path : new String[] {"/over-cap", "/over-cap-chunked"}) {
      assertThatThrownBy(() -> fetcher.fetch(uri(path)))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining(base + path)
          .hasMessageContaining("larger than 1000 bytes")
          .extracting(e -> ((FetchException) e).problem())
          .isEqualTo(FetchException.Problem.TOO_LARGE);
    }
  }

  @Test
  void anEndlessBodyIsAbortedAtTheCap() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> fetcher.fetch(uri("/endless")))
            .extracting(e -> ((FetchException) e).problem())
            .isEqualTo(FetchException.Problem.TOO_LARGE));
  }

  @Test
  void upToFiveRedirectsAreFollowed() throws FetchException {
    FetchedPage page = fetcher.fetch(uri("/r/5"));
    assertThat(page.text()).isEqualTo("arrived");
    assertThat(page.requested()).isEqualTo(uri("/r/5"));
    assertThat(page.finalUri()).isEqualTo(uri("/r/0"));
  }

  @Test
  void theSixthRedirectIsOneTooMany() {
    assertThatThrownBy(() -> fetcher.fetch(uri("/r/6")))
        .isInstanceOf(FetchException.class)
        .hasMessage("cannot fetch " + base + "/r/6: more than 5 redirects")
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.TOO_MANY_REDIRECTS);
  }

  @Test
  void everyRedirectHopGoesThroughTheGuard() {
    assertThatThrownBy(() -> fetcher.fetch(uri("/to-ftp")))
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.REFUSED);
  }

  @Test
  void aRedirectWithoutLocationIsAnError() {
    assertThatThrownBy(() -> fetcher.fetch(uri("/no-location")))
        .hasMessageContaining("without a Location header");
  }

  @Test
  void notFoundIsAClearErrorNamingTheUrl() {
    assertThatThrownBy(() -> fetcher.fetch(uri("/missing")))
        .isInstanceOf(FetchException.class)
        .hasMessage("cannot fetch " + base + "/missing: the server answered 404 Not Found")
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.HTTP_STATUS);
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsANetworkError() {
    PageFetcher impatient = fetcher(Duration.ofMillis(300));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> impatient.fetch(uri("/slow")))
            .isInstanceOf(FetchException.class)
            .hasMessageStartingWith("cannot fetch " + base + "/slow: no")
            .extracting(e -> ((FetchException) e).problem())
            .isEqualTo(FetchException.Problem.NETWORK));
  }

  @Test
  void aClosedPortIsANetworkError() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/");
    assertThatThrownBy(() -> fetcher.fetch(closed))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("cannot fetch " + closed + ": ")
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.NETWORK);
  }

  @Test
  void withoutTheAllowFlagTheLoopbackServerIsRefused() {
    PageFetcher strict = new PageFetcher(new UrlGuard(false), PageFetcher.Limits.defaults());
    assertThatThrownBy(() -> strict.fetch(uri("/latin1")))
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.REFUSED);
  }
}
