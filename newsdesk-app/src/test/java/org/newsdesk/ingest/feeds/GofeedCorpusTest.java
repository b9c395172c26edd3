package org.newsdesk.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * gofeed's test data ({@code ../shared/data/gofeed-testdata/}, see its README): 541 feeds, most
 * with the parse gofeed's authors consider right beside them ({@code X.xml} → {@code X.json},
 * {@code X.json} → {@code X_expected.json}). Compares what both expose — feed title and link,
 * item count, item titles and links, item dates — field by field, where the expectation states
 * the field. Titles are plain text in our records, so an expected title is also matched by its
 * text. Prints the shares; the floors are the figures reached.
 */
class GofeedCorpusTest {

  static final Path ROOT = Path.of("../shared/data/gofeed-testdata/testdata");

  /** Feeds read rather than failed, among those with an expected parse: 539/539. */
  private static final double PARSED_FLOOR = 0.999;
  /**
   * Feeds whose every compared field matches: 532/539. The 7 others list several links and
   * gofeed keeps the last; we keep the first.
   */
  private static final double CASES_FLOOR = 0.986;
  /** Compared fields that match: 713/720. */
  private static final double FIELDS_FLOOR = 0.990;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeedParser PARSER = new FeedParser();

  record Pair(Path feed, Optional<Path> expected) {}

  static List<Pair> pairs() throws IOException {
    List<Pair> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        String base = name.replaceFirst("\\.[^.]+$", "");
        if (name.endsWith("_expected.json")) {
          continue;
        }
        if (name.endsWith(".json") && Files.exists(p.resolveSibling(base + ".xml"))) {
          continue; // the expectation of X.xml
        }
        Path expected = name.endsWith(".json") ? p.resolveSibling(base + "_expected.json")
            : p.resolveSibling(base + ".json");
        out.add(new Pair(p, Files.exists(expected) ? Optional.of(expected) : Optional.empty()));
      }
    }
    return out;
  }

  @Test
  void everyFeedIsReadWithoutThrowingAndTheFieldsThatMatchOnlyGoUp() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThan(500);
    boolean printMisses = Boolean.getBoolean("feeds.misses");
    Map<String, int[]> fields = new TreeMap<>(); // compared, matched
    int withExpectation = 0;
    int parsed = 0;
    int casesCompared = 0;
    int casesMatched = 0;
    for (Pair pair : pairs) {
      FeedParse result = PARSER.parse(Files.readAllBytes(pair.feed()), Optional.empty(),
          Optional.empty());
      if (pair.expected().isEmpty()) {
        continue;
      }
      JsonNode expected = JSON.readTree(pair.expected().get().toFile());
      withExpectation++;
      if (result instanceof FeedParse.Parsed) {
        parsed++;
      } else if (printMisses) {
        System.out.println("FAILED " + ROOT.relativize(pair.feed()) + ": " + result);
      }
      List<String> misses = new ArrayList<>();
      int compared = compare(expected, result, fields, misses);
      if (compared > 0) {
        casesCompared++;
        if (misses.isEmpty()) {
          casesMatched++;
        } else if (printMisses) {
          System.out.println("MISS " + ROOT.relativize(pair.feed()) + ": " + misses);
        }
      }
    }
    int compared = 0;
    int matched = 0;
    System.out.printf("gofeed-testdata: %d feeds, %d with an expected parse%n", pairs.size(),
        withExpectation);
    for (Map.Entry<String, int[]> e : fields.entrySet()) {
      compared += e.getValue()[0];
      matched += e.getValue()[1];
      System.out.printf("  %-14s %4d/%4d match%n", e.getKey(), e.getValue()[1], e.getValue()[0]);
    }
    double parsedShare = (double) parsed / withExpectation;
    double caseShare = (double) casesMatched / casesCompared;
    double fieldShare = (double) matched / compared;
    System.out.printf("gofeed-testdata: parsed=%.4f (%d/%d) cases_matching=%.4f (%d/%d)"
            + " fields_matching=%.4f (%d/%d)%n", parsedShare, parsed, withExpectation, caseShare,
        casesMatched, casesCompared, fieldShare, matched, compared);
    assertThat(parsedShare).isGreaterThanOrEqualTo(PARSED_FLOOR);
    assertThat(caseShare).isGreaterThanOrEqualTo(CASES_FLOOR);
    assertThat(fieldShare).isGreaterThanOrEqualTo(FIELDS_FLOOR);
  }

  /** Compares the fields {@code expected} states; returns how many were compared. */
  static int compare(JsonNode expected, FeedParse result, Map<String, int[]> fields,
      List<String> misses) {
    Optional<ParsedFeed> feed = result instanceof FeedParse.Parsed p
        ? Optional.of(p.feed()) : Optional.empty();
    Checker check = new Checker(fields, misses);
    if (expected.path("title").isTextual()) {
      check.text("feed title", expected.path("title").asText(),
          feed.flatMap(ParsedFeed::title));
    }
    Optional<String> link = link(expected, "link", "home_page_url");
    link.ifPresent(l -> check.exact("feed link", l, feed.flatMap(ParsedFeed::siteLink)));

    JsonNode items = expected.has("entries") ? expected.path("entries") : expected.path("items");
    int expectedCount = items.isArray() ? items.size() : 0;
    List<FeedItem> ours = feed.map(ParsedFeed::items).orElse(List.of());
    check.count(expectedCount, ours.size());
    for (int i = 0; i < expectedCount; i++) {
      JsonNode e = items.get(i);
      Optional<FeedItem> item = i < ours.size() ? Optional.of(ours.get(i)) : Optional.empty();
      if (e.path("title").isTextual()) {
        check.text("item title", e.path("title").asText(), item.flatMap(FeedItem::title));
      }
      link(e, "link", "url").ifPresent(l ->
          check.exact("item link", l, item.flatMap(FeedItem::link)));
      date(e, "publishedParsed", "pubDateParsed", "date_published").ifPresent(d ->
          check.date("item published", d, item.flatMap(FeedItem::published)));
      date(e, "updatedParsed", "date_modified").ifPresent(d ->
          check.date("item updated", d, item.flatMap(i2 -> i2.updated().or(i2::published))));
    }
    return check.compared;
  }

  /** A link field, or for Atom the alternate (or first rel-less) link of "links". */
  private static Optional<String> link(JsonNode node, String... names) {
    for (String name : names) {
      if (node.path(name).isTextual()) {
        return Optional.of(node.path(name).asText());
      }
    }
    if (node.path("links").isArray() && node.path("links").size() > 0
        && node.path("links").get(0).isObject()) {
      for (JsonNode l : node.path("links")) {
        String rel = l.path("rel").asText("alternate");
        if (rel.equals("alternate") && l.path("href").isTextual()) {
          return Optional.of(l.path("href").asText());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> date(JsonNode node, String... names) {
    for (String name : names) {
      if (node.path(name).isTextual()) {
        try {
          return Optional.of(Instant.parse(node.path(name).asText()));
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static final class Checker {
    final Map<String, int[]> fields;
    final List<String> misses;
    int compared;

    Checker(Map<String, int[]> fields, List<String> misses) {
      this.fields = fields;
      this.misses = misses;
    }

    void record(String field, boolean ok, Object expected, Object actual) {
      int[] f = fields.computeIfAbsent(field, k -> new int[2]);
      f[0]++;
      compared++;
      if (ok) {
        f[1]++;
      } else {
        misses.add(field + ": expected <" + expected + "> got <" + actual + ">");
      }
    }

    void text(String field, String expected, Optional<String> actual) {
      String e = FeedparserCorpus.oneLine(expected);
      boolean ok = e.isEmpty() ? actual.isEmpty()
          : actual.map(a -> a.equals(e) || a.equals(FeedparserCorpus.oneLine(Jsoup.parse(e).text())))
              .orElse(false);
      record(field, ok, expected, actual.orElse(null));
    }

    void exact(String field, String expected, Optional<String> actual) {
      boolean ok = expected.strip().isEmpty() ? actual.isEmpty()
          : actual.map(expected.strip()::equals).orElse(false);
      record(field, ok, expected, actual.orElse(null));
    }

    void count(int expected, int actual) {
      record("item count", expected == actual, expected, actual);
    }

    void date(String field, Instant expected, Optional<Instant> actual) {
      record(field, actual.map(expected::equals).orElse(false), expected, actual.orElse(null));
    }
  }
}
