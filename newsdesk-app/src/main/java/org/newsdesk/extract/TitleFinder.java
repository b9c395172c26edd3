package org.newsdesk.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline: the JSON-LD article's {@code headline}, OpenGraph's or Twitter's title, the
 * first {@code <h1>}, and last the {@code <title>} with the site's name cut off
 * ("Headline | The Site", "The Site - Headline").
 */
final class TitleFinder {

  /** Longer "titles" are not headlines (and would make comparing them with headings slow). */
  static final int MAX_CHARS = 400;

  /** Separators between a headline and the site's name in {@code <title>}. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014»·:-]{1,2}\\s+");

  Optional<String> find(Document doc, MetaTags meta, JsonLd jsonLd) {
    Optional<String> siteName = meta.first("og:site_name", "application-name");
    Optional<String> title = jsonLd.text("headline", false)
        .or(() -> meta.first("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title"))
        .map(t -> withoutSiteName(t, siteName, false))
        .or(() -> firstHeading(doc))
        .or(() -> Optional.of(doc.title()).map(t -> withoutSiteName(t, siteName, true)));
    return title.map(t -> TextNormalizer.collapse(JsonLd.unescape(t))).filter(t -> !t.isEmpty() && t.length() <= MAX_CHARS);
  }

  private static Optional<String> firstHeading(Document doc) {
    Element h1 = doc.selectFirst("h1");
    if (h1 == null) {
      return Optional.empty();
    }
    String text = TextNormalizer.collapse(h1.text());
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Cuts a site name off a title: the part equal to {@code og:site_name}, or, when
   * {@code guess}, the shorter parts around the longest one (a headline is the longest part).
   */
  static String withoutSiteName(String title, Optional<String> siteName, boolean guess) {
    String t = TextNormalizer.collapse(title);
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    if (siteName.isPresent()) {
      String site = siteName.get().strip().toLowerCase(Locale.ROOT);
      String first = parts[0].toLowerCase(Locale.ROOT);
      String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
      if (last.equals(site)) {
        return t.substring(0, t.length() - parts[parts.length - 1].length()).replaceFirst(SEPARATOR.pattern() + "$", "").strip();
      }
      if (first.equals(site)) {
        return t.substring(parts[0].length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
      }
    }
    if (!guess) {
      return t;
    }
    String longest = parts[0];
    for (String p : parts) {
      if (p.length() > longest.length()) {
        longest = p;
      }
    }
    return longest.split("\\s+").length >= 3 ? longest : t;
  }
}
