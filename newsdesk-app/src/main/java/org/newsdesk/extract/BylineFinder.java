package org.newsdesk.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The authors: the JSON-LD article's {@code author} (people before organisations), the author
 * meta tags, then the page's own byline ({@code rel=author}, {@code itemprop=author}, an element
 * whose class says byline or author). Values that are URLs are links to profile pages, not names.
 */
final class BylineFinder {

  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(?:(?:written|posted|published|reported|story|text|words)\\s+)?by[:\\s]+");
  private static final int MAX_CHARS = 150;
  /** Elements that name the author, by microdata first, then by class; selectors parsed once. */
  private static final List<Evaluator> AUTHOR_ELEMENTS = List.of(
      QueryParser.parse("[itemprop=author], [rel=author]"),
      QueryParser.parse(".byline, .by-line, [class*=byline], .author"));
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  Optional<String> find(Document doc, MetaTags meta, JsonLd jsonLd) {
    for (JsonNode article : jsonLd.articles()) {
      for (boolean peopleOnly : new boolean[] {true, false}) {
        Optional<String> names = join(JsonLd.names(article.get("author"), peopleOnly));
        if (names.isPresent()) {
          return names;
        }
      }
    }
    for (String key : new String[] {"author", "byl", "parsely-author", "sailthru.author", "article:author",
        "dc.creator", "dcterms.creator", "twitter:creator"}) {
      Optional<String> v = meta.first(key).map(BylineFinder::clean).filter(BylineFinder::isName);
      if (v.isPresent()) {
        return v;
      }
    }
    for (Evaluator selector : AUTHOR_ELEMENTS) {
      for (Element e : doc.select(selector)) {
        Element named = e.selectFirst(ITEMPROP_NAME);
        String raw = TextNormalizer.collapse(named != null ? named.text() : e.text());
        String text = clean(raw);
        if (raw.length() <= MAX_CHARS && isName(text)) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> join(List<String> names) {
    Set<String> unique = new LinkedHashSet<>();
    for (String n : names) {
      String c = clean(n);
      if (isName(c)) {
        unique.add(c);
      }
    }
    return unique.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", unique));
  }

  /** Where a byline element runs on into its date line: "Jeff Foust Monday, November 18, 2019", "… Published 6:00 a.m.". */
  private static final Pattern RUN_ON = Pattern.compile(
      "(?i)\\s*(?:\\||\\b(?:published|updated|posted|on)\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
          + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\d{1,2}[:/.]\\d{2}).*$");

  static String clean(String raw) {
    String s = BY_PREFIX.matcher(TextNormalizer.collapse(JsonLd.unescape(raw))).replaceFirst("");
    s = RUN_ON.matcher(s).replaceFirst("");
    return s.replaceAll("[\\s|,;:]+$", "").strip();
  }

  private static boolean isName(String s) {
    return !s.isEmpty() && s.length() <= MAX_CHARS && !s.contains("://") && !s.startsWith("www.")
        && !s.startsWith("@") && s.chars().anyMatch(Character::isLetter);
  }
}
