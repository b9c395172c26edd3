package org.newsdesk.extract;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's canonical URL ({@code rel=canonical}, {@code og:url}, the JSON-LD article's
 * {@code url} or {@code mainEntityOfPage}) and its lead image ({@code og:image}, the JSON-LD
 * article's {@code image}, {@code twitter:image}, {@code rel=image_src}, else the first image in
 * or just around the article body). Relative references are resolved against the page's URL when it is known.
 */
final class PageLinks {

  // Selectors parsed once rather than on every page.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
  private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src][href]");
  private static final Evaluator IMAGE = QueryParser.parse("img[src]");

  Optional<String> canonicalUrl(Document doc, MetaTags meta, JsonLd jsonLd) {
    Element link = doc.selectFirst(CANONICAL);
    Optional<String> raw = Optional.ofNullable(link).map(l -> l.attr("href"))
        .filter(h -> !h.isBlank())
        .or(() -> meta.first("og:url"))
        .or(() -> jsonLd.text("url", false))
        .or(() -> jsonLd.text("mainEntityOfPage", false));
    return raw.flatMap(r -> resolve(doc.location(), r));
  }

  Optional<String> leadImage(Document doc, MetaTags meta, JsonLd jsonLd, Optional<Element> content) {
    Element imageSrc = doc.selectFirst(IMAGE_SRC);
    Optional<String> raw = meta.first("og:image:secure_url", "og:image", "og:image:url")
        .or(() -> jsonLd.text("image", false).or(() -> jsonLd.text("thumbnailUrl", false)))
        .or(() -> meta.first("twitter:image", "twitter:image:src"))
        .or(() -> Optional.ofNullable(imageSrc).map(l -> l.attr("href")))
        .or(() -> content.flatMap(PageLinks::firstImageNear).map(img -> img.attr("src")));
    return raw.filter(s -> !s.isBlank() && !s.startsWith("data:")).flatMap(r -> resolve(doc.location(), r));
  }

  /** The first image in the article's container, or in the element or two around it (the lead image sits above the text). */
  private static Optional<Element> firstImageNear(Element container) {
    Element e = container;
    for (int up = 0; up <= 2 && e != null && !e.normalName().equals("body"); up++, e = e.parent()) {
      Element img = e.selectFirst(IMAGE);
      if (img != null) {
        return Optional.of(img);
      }
    }
    return Optional.empty();
  }

  /** {@code ref} made absolute against {@code base} when both are usable; {@code ref} as it is otherwise. */
  static Optional<String> resolve(String base, String ref) {
    String r = ref.strip();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (r.startsWith("//") && base != null && base.startsWith("http")) {
      r = base.substring(0, base.indexOf(':') + 1) + r;
    }
    try {
      URI refUri = new URI(r.replace(" ", "%20"));
      if (refUri.isAbsolute() || base == null || base.isBlank()) {
        return Optional.of(refUri.toString());
      }
      return Optional.of(new URI(base.replace(" ", "%20")).resolve(refUri).toString());
    } catch (Exception e) {
      return Optional.of(r);
    }
  }
}
