package org.newsdesk.ingest.sanitize;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Makes HTML from feeds and articles safe to show on our pages and in our e-mails. Run it on every
 * piece of feed or article HTML before it is rendered; the feed records keep the HTML as received
 * so that a better sanitiser can be applied later.
 *
 * <p>An allow-list, not a block-list ({@link #safelist()}): text formatting, paragraphs, headings,
 * lists, quotes, code, tables, links and images survive; everything else is unwrapped (its text is
 * kept) or, for elements whose content is code (script, style), dropped with its content. No
 * {@code style} attribute and no event handler survives, so neither does any script or CSS attack
 * (expression(), behaviour URLs, overlays). URLs are made absolute against the base URI and then
 * must be http or https (links may also be mailto); anything else — {@code javascript:},
 * {@code vbscript:}, {@code data:}, a relative URL with no base to resolve it — is removed. Every
 * link gets {@code rel="nofollow noopener"}: the page it points to gets no ranking credit from us
 * and no handle on our window.
 *
 * <p>Built on jsoup's {@link org.jsoup.safety.Cleaner}, which parses like a browser (HTML5 tree
 * building), so markup written to confuse a regex sanitiser gains nothing. Thread-safe.
 */
public final class HtmlSanitizer {

  private static final Safelist SAFELIST = buildSafelist();

  private final Document.OutputSettings output = new Document.OutputSettings()
      .prettyPrint(false)
      .charset("UTF-8")
      .escapeMode(Entities.EscapeMode.base);

  /** The allow-list: a copy, so callers can inspect it but not widen ours. */
  public static Safelist safelist() {
    return new Safelist(SAFELIST);
  }

  /** Cleans {@code html}; relative URLs are removed, since nothing resolves them. */
  public String clean(String html) {
    return clean(html, Optional.empty());
  }

  /**
   * Cleans {@code html}, resolving relative URLs against {@code baseUri} (for feed content, the
   * item's {@link org.newsdesk.ingest.feeds.FeedItem#baseUri()}).
   */
  public String clean(String html, Optional<String> baseUri) {
    return Jsoup.clean(html, baseUri.orElse(""), SAFELIST, output);
  }

  private static Safelist buildSafelist() {
    return new Safelist()
        .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "dd", "del", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
            "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody",
            "td", "tfoot", "th", "thead", "time", "tr", "u", "ul")
        .addAttributes("a", "href", "title")
        .addAttributes("abbr", "title")
        .addAttributes("blockquote", "cite")
        .addAttributes("q", "cite")
        .addAttributes("del", "cite", "datetime")
        .addAttributes("ins", "cite", "datetime")
        .addAttributes("img", "src", "alt", "title", "width", "height")
        .addAttributes("ol", "start", "reversed")
        .addAttributes("col", "span")
        .addAttributes("colgroup", "span")
        .addAttributes("td", "colspan", "rowspan")
        .addAttributes("th", "colspan", "rowspan", "scope")
        .addAttributes("time", "datetime")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addProtocols("img", "src", "http", "https")
        .addProtocols("blockquote", "cite", "http", "https")
        .addProtocols("q", "cite", "http", "https")
        .addProtocols("del", "cite", "http", "https")
        .addProtocols("ins", "cite", "http", "https")
        .addEnforcedAttribute("a", "rel", "nofollow noopener");
  }
}
