package org.newsdesk.extract;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language the page declares: {@code <html lang>}, the Content-Language header echoed in a
 * meta tag, OpenGraph's {@code og:locale} ({@code en_US}), JSON-LD's {@code inLanguage}, then the
 * older meta tags. Returned as a BCP 47 tag with the usual casing ({@code en-US}). This is what
 * the page says, not a guess from its text.
 */
final class LanguageFinder {

  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

  Optional<String> find(Document doc, MetaTags meta, JsonLd jsonLd) {
    Element html = doc.selectFirst("html");
    Optional<String> declared = html == null ? Optional.empty()
        : Optional.of(html.attr("lang")).filter(s -> !s.isBlank()).or(() -> Optional.of(html.attr("xml:lang")));
    return declared.flatMap(LanguageFinder::normalise)
        .or(() -> meta.first("content-language").flatMap(LanguageFinder::normalise))
        .or(() -> meta.first("og:locale").flatMap(LanguageFinder::normalise))
        .or(() -> jsonLd.text("inLanguage", true).flatMap(LanguageFinder::normalise))
        .or(() -> meta.first("language", "dc.language", "dcterms.language").flatMap(LanguageFinder::normalise));
  }

  static Optional<String> normalise(String raw) {
    String s = raw.strip();
    int comma = s.indexOf(',');
    if (comma > 0) {
      s = s.substring(0, comma).strip();
    }
    if (!TAG.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(s.replace('_', '-')).build();
      String tag = locale.toLanguageTag();
      return tag.equals("und") ? Optional.empty() : Optional.of(tag);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }
}
