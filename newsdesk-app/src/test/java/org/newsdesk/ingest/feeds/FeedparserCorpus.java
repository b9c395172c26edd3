package org.newsdesk.ingest.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.ingest.sanitize.HtmlSanitizer;

/**
 * The feedparser test corpus ({@code ../shared/data/feedparser-tests/}, see its README): each file
 * a feed whose leading comment states, as a Python expression over feedparser's result, what a
 * correct reading yields. This class reads the cases and builds, from our {@link FeedParse}, the
 * environment those expressions are evaluated in — exposing only what our records hold, so that
 * an expectation about anything else is "not ours" rather than "wrong".
 *
 * <p>Our records differ from feedparser's by design in two ways the comparisons allow for: titles
 * are plain text (an expected HTML title is compared by its text), and HTML is compared after our
 * sanitiser, with both sides normalised by jsoup and our {@code rel="nofollow noopener"} removed.
 */
final class FeedparserCorpus {

  static final Path ROOT = Path.of("../shared/data/feedparser-tests");
  /** feedparser's own test server; relative links in the expectations resolve against it. */
  static final String SERVED_AT = "http://127.0.0.1:8097/tests/";

  private static final Pattern EXPECT = Pattern.compile("(?m)^\\s*Expect:\\s*(.*?)\\s*(?:-->)?\\s*$");
  private static final Pattern HEADER = Pattern.compile("(?m)^\\s*Header:\\s*([A-Za-z-]+):\\s*(.*?)\\s*$");
  private static final List<Charset> COMMENT_CHARSETS = List.of(StandardCharsets.UTF_8,
      StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
      Charset.forName("UTF-32BE"));

  private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

  private FeedparserCorpus() {}

  /** One test feed: where it is, its bytes, its expectation (if any) and its HTTP headers. */
  record Case(Path path, String relative, byte[] bytes, Optional<String> expect,
      Map<String, String> headers) {

    Optional<String> contentType() {
      return Optional.ofNullable(headers.get("content-type"));
    }

    /** The document's URL: where feedparser's server served it, moved by Content-Location. */
    URI url() {
      URI served = URI.create(SERVED_AT + relative);
      String location = headers.get("content-location");
      if (location != null) {
        try {
          URI moved = served.resolve(location.strip());
          if ("http".equals(moved.getScheme()) || "https".equals(moved.getScheme())) {
            return moved;
          }
        } catch (IllegalArgumentException e) {
          // not a URI: keep the served one
        }
      }
      return served;
    }

    String folder() {
      int slash = relative.indexOf('/');
      String top = slash < 0 ? relative : relative.substring(0, slash);
      return relative.startsWith("wellformed/sanitize/") ? "wellformed/sanitize" : top;
    }

    boolean isSanitizerCase() {
      return relative.startsWith("wellformed/sanitize/");
    }
  }

  static List<Case> cases() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json"))
          .sorted()
          .map(FeedparserCorpus::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Case read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String relative = ROOT.relativize(path).toString().replace('\\', '/');
    for (Charset cs : COMMENT_CHARSETS) {
      String text = new String(bytes, 0, Math.min(bytes.length, 8192), cs);
      Matcher m = EXPECT.matcher(text);
      if (m.find()) {
        Map<String, String> headers = new HashMap<>();
        Matcher h = HEADER.matcher(text);
        while (h.find()) {
          headers.put(h.group(1).toLowerCase(Locale.ROOT), h.group(2));
        }
        return new Case(path, relative, bytes, Optional.of(m.group(1)), headers);
      }
    }
    return new Case(path, relative, bytes, Optional.empty(), Map.of());
  }

  // ---- the environment an expectation is evaluated in ----

  static Map<String, Object> environment(FeedParse parse, Case c) {
    Map<String, Object> env = new HashMap<>();
    String feedBase = c.url().toString();
    if (parse instanceof FeedParse.Parsed p) {
      ParsedFeed f = p.feed();
      env.put("feed", feed(f, feedBase));
      List<Object> entries = new PyExpect.Rows(ENTRY_KEYS);
      for (FeedItem item : f.items()) {
        entries.add(entry(item));
      }
      env.put("entries", entries);
      env.put("encoding", new CharsetValue(p.charset()));
      env.put("version", version(f.format()));
      env.put("bozo", p.recovered());
    } else {
      Map<String, Object> none = new HashMap<>();
      for (String k : List.of("title", "link", "description", "subtitle", "tagline", "language",
          "updated_parsed")) {
        none.put(k, null);
      }
      env.put("feed", new PyExpect.Exposed(none));
      env.put("entries", new PyExpect.Rows(ENTRY_KEYS));
      env.put("encoding", null);
      env.put("version", "");
      env.put("bozo", true);
    }
    return env;
  }

  private static PyExpect.Exposed feed(ParsedFeed f, String base) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", f.title().map(Text::new).orElse(null));
    m.put("link", f.siteLink().orElse(null));
    Html description = f.description().map(d -> new Html(d, Optional.of(base))).orElse(null);
    m.put("description", description);
    m.put("subtitle", description);
    m.put("tagline", description);
    m.put("language", f.language().orElse(null));
    m.put("updated_parsed", f.updated().map(FeedparserCorpus::timeTuple).orElse(null));
    return new PyExpect.Exposed(m);
  }

  private static final java.util.Set<String> ENTRY_KEYS = java.util.Set.of("title", "link", "id",
      "guid", "summary", "description", "summary_detail", "content", "published_parsed",
      "updated_parsed", "tags", "authors", "author_detail", "enclosures");

  private static PyExpect.Exposed entry(FeedItem item) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", item.title().map(Text::new).orElse(null));
    m.put("link", item.link().orElse(null));
    m.put("id", item.id().orElse(null));
    m.put("guid", item.id().orElse(null));
    Html summary = item.summaryHtml().or(item::contentHtml)
        .map(h -> new Html(h, item.baseUri())).orElse(null);
    m.put("summary", summary);
    m.put("description", summary);
    Map<String, Object> summaryDetail = new HashMap<>();
    summaryDetail.put("value", summary);
    summaryDetail.put("base", item.baseUri().orElse(null));
    m.put("summary_detail", summary == null
        ? new PyExpect.IndexError(java.util.Set.of("value", "base"))
        : new PyExpect.Exposed(summaryDetail));
    List<Object> content = new PyExpect.Rows(java.util.Set.of("value", "base"));
    item.contentHtml().ifPresent(h -> {
      Map<String, Object> detail = new HashMap<>();
      detail.put("value", new Html(h, item.baseUri()));
      detail.put("base", item.baseUri().orElse(null));
      content.add(new PyExpect.Exposed(detail));
    });
    m.put("content", content);
    m.put("published_parsed", item.published().map(FeedparserCorpus::timeTuple).orElse(null));
    m.put("updated_parsed", item.updated().or(item::published)
        .map(FeedparserCorpus::timeTuple).orElse(null));
    List<Object> tags = new PyExpect.Rows(java.util.Set.of("term"));
    for (String cat : item.categories()) {
      tags.add(new PyExpect.Exposed(new HashMap<>(Map.of("term", cat))));
    }
    m.put("tags", tags);
    List<Object> authors = new PyExpect.Rows(java.util.Set.of("name"));
    for (String a : item.authors()) {
      authors.add(new PyExpect.Exposed(new HashMap<>(Map.of("name", a))));
    }
    m.put("authors", authors);
    m.put("author_detail", authors.isEmpty()
        ? new PyExpect.IndexError(java.util.Set.of("name")) : authors.get(0));
    List<Object> enclosures = new PyExpect.Rows(java.util.Set.of("href", "url", "type", "length"));
    for (FeedItem.Enclosure e : item.enclosures()) {
      Map<String, Object> em = new HashMap<>();
      em.put("href", e.url());
      em.put("url", e.url());
      em.put("type", e.mediaType().orElse(null));
      em.put("length", e.length().map(String::valueOf).orElse(null));
      enclosures.add(new PyExpect.Exposed(em));
    }
    m.put("enclosures", enclosures);
    return new PyExpect.Exposed(m);
  }

  /** Python's time.struct_time as feedparser gives it, in UTC. */
  static List<Object> timeTuple(Instant instant) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    return List.of((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
        (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(),
        (long) (t.getDayOfWeek().getValue() - 1), (long) t.getDayOfYear(), 0L);
  }

  private static String version(String format) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("rss_0.9", "rss090");
    names.put("rss_0.91U", "rss091u");
    names.put("rss_0.91N", "rss091n");
    names.put("rss_0.92", "rss092");
    names.put("rss_0.93", "rss093");
    names.put("rss_0.94", "rss094");
    names.put("rss_1.0", "rss10");
    names.put("rss_2.0", "rss20");
    names.put("atom_0.3", "atom03");
    names.put("atom_1.0", "atom10");
    names.put("json_1", "json1");
    names.put("json_1.1", "json11");
    return names.getOrDefault(format, format);
  }

  // ---- values with their own comparison ----

  /** A plain-text title; equal to an expected title, or to the text of an expected HTML one. */
  record Text(String value) implements PyExpect.Equatable {
    @Override
    public boolean matches(Object literal) {
      if (literal instanceof Text other) {
        return value.equals(other.value());
      }
      if (!(literal instanceof String s)) {
        return false;
      }
      return value.equals(oneLine(s)) || value.equals(oneLine(Jsoup.parse(s).text()));
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /** Feed HTML, compared after our sanitiser with both sides normalised by jsoup. */
  record Html(String raw, Optional<String> base) implements PyExpect.Equatable {
    String sanitized() {
      return SANITIZER.clean(raw, base);
    }

    @Override
    public boolean matches(Object literal) {
      if (literal instanceof Html other) {
        return sanitized().equals(other.sanitized());
      }
      return literal instanceof String s && normalise(sanitized()).equals(normalise(s));
    }

    @Override
    public String asText() {
      return Jsoup.parse(sanitized()).text();
    }
  }

  record CharsetValue(Charset charset) implements PyExpect.Equatable {
    @Override
    public boolean matches(Object literal) {
      return literal instanceof String s
          && XmlDecoding.charsetNamed(s).map(charset::equals).orElse(false);
    }

    @Override
    public String asText() {
      return charset.name();
    }
  }

  /** jsoup's serialisation of an HTML fragment, without the rel our sanitiser adds to links. */
  static String normalise(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (Element a : doc.select("a[rel]")) {
      if (a.attr("rel").equals("nofollow noopener")) {
        a.removeAttr("rel");
      }
    }
    return doc.body().html().strip();
  }

  static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
