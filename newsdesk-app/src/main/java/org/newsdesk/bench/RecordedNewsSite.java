package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.newsdesk.language.LanguageDetector;

/**
 * A news site on loopback serving real recorded pages (the Zyte extraction benchmark's), with an
 * RSS feed listing them: the outside world for ingest tests, crash drills and latency
 * benchmarks, since real news sites cannot be reached from here. Only English pages are served
 * (the analyzer refuses others), chosen by their gold body's language.
 *
 * <p>Paths: {@code /feed.xml}, {@code /article/ID}, {@code /mirror/ID} (the same page under a
 * second URL, a copy to detect), {@code /robots.txt}.
 */
public final class RecordedNewsSite implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, byte[]> pages = new LinkedHashMap<>();
  private final List<String> feedIds = new ArrayList<>();
  private final Map<String, Instant> listedAt = new java.util.HashMap<>();
  private final AtomicInteger pageRequests = new AtomicInteger();
  private final AtomicInteger feedNotModified = new AtomicInteger();
  private final AtomicInteger feedRequests = new AtomicInteger();

  private RecordedNewsSite(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts the site with up to {@code count} English pages from the Zyte data set in {@code dir}.
   */
  public static RecordedNewsSite start(Path dir, int count) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    RecordedNewsSite site = new RecordedNewsSite(server);
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    LanguageDetector languages = new LanguageDetector();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext() && site.pages.size() < count) {
      Map.Entry<String, JsonNode> e = it.next();
      String body = e.getValue().path("articleBody").asText("");
      if (body.length() < 500 || languages.detect(body).map(l -> !l.isEnglish()).orElse(true)) {
        continue;
      }
      Path gz = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        site.pages.put(e.getKey(), in.readAllBytes());
      }
    }
    site.feedIds.addAll(site.pages.keySet());
    server.createContext("/", site::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    return site;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String feedUrl() {
    return baseUrl() + "/feed.xml";
  }

  /** The ids of the pages served, in feed order. */
  public List<String> ids() {
    return List.copyOf(pages.keySet());
  }

  /** Lists only these ids in the feed from now on (to make items appear over time). */
  public synchronized void listInFeed(List<String> ids) {
    feedIds.clear();
    feedIds.addAll(ids);
  }

  /** Feed requests so far. */
  public int feedRequests() {
    return feedRequests.get();
  }

  /** Feed requests answered 304 Not Modified (the client sent the current ETag). */
  public int feedNotModified() {
    return feedNotModified.get();
  }

  /** Article pages served so far. */
  public int pageRequests() {
    return pageRequests.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/feed.xml")) {
        feedRequests.incrementAndGet();
        byte[] feed = feed();
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(feed)) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          feedNotModified.incrementAndGet();
          ex.sendResponseHeaders(304, -1);
          return;
        }
        ex.getResponseHeaders().set("ETag", etag);
        send(ex, 200, "application/rss+xml; charset=utf-8", feed);
      } else if (path.startsWith("/article/") || path.startsWith("/mirror/")) {
        byte[] page = pages.get(path.substring(path.indexOf('/', 1) + 1));
        pageRequests.incrementAndGet();
        if (page == null) {
          send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          send(ex, 200, "text/html; charset=utf-8", page);
        }
      } else {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private synchronized byte[] feed() {
    StringBuilder xml = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Recorded news</title>
        <link>%s/</link><description>Real pages, replayed</description>
        """.formatted(baseUrl()));
    for (String id : feedIds) {
      // Each item keeps the time it was first listed: an unchanged feed is byte-for-byte the
      // same, so its ETag holds and a conditional GET gets its 304.
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
          listedAt.computeIfAbsent(id, k -> Instant.now()).atOffset(ZoneOffset.UTC));
      xml.append("<item><title>Article ").append(id, 0, 8).append("</title><link>")
          .append(baseUrl()).append("/article/").append(id)
          .append("</link><guid>").append(id).append("</guid><pubDate>").append(date)
          .append("</pubDate></item>\n");
    }
    xml.append("</channel></rss>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
