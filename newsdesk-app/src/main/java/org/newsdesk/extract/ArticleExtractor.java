package org.newsdesk.extract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The extract stage's front door: the HTML of a news page (and its URL, when known) in, an
 * {@link ExtractedArticle} out. Thread-safe and stateless; never throws on bad HTML.
 */
public final class ArticleExtractor {

  /** Deeper than any real page; deeper elements are flattened by the parser. */
  static final int MAX_DEPTH = 512;
  /**
   * Longer HTML is cut to this many characters before parsing: the fetcher refuses pages over
   * 10 MB, and an article's text comes early in its page.
   */
  static final int MAX_HTML_CHARS = 10_000_000;

  private final PublicationDateFinder dates = new PublicationDateFinder();
  private final TitleFinder titles = new TitleFinder();
  private final BylineFinder bylines = new BylineFinder();
  private final LanguageFinder languages = new LanguageFinder();
  private final PageLinks links = new PageLinks();
  private final ContentExtractor content = new ContentExtractor();

  /** Extracts from a page whose URL is unknown: no URL date, relative links stay relative. */
  public ExtractedArticle extract(String html) {
    return extract(html, null);
  }

  /**
   * Extracts the article of a page.
   *
   * @param html the page's HTML, decoded
   * @param url the page's URL, or null when unknown
   */
  public ExtractedArticle extract(String html, String url) {
    return extract(html, url, DateBounds.unknownFetch(Instant.now()));
  }

  /**
   * Extracts the article of a page fetched at a known time, which dates such as "3 hours ago"
   * count back from.
   */
  public ExtractedArticle extract(String html, String url, Instant fetchedAt) {
    return extract(html, url, DateBounds.fetchedAt(fetchedAt));
  }

  private ExtractedArticle extract(String html, String url, DateBounds dateBounds) {
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    String page = html == null ? "" : html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
    Document doc = Jsoup.parse(page, url == null ? "" : url, parser);
    MetaTags meta = MetaTags.of(doc);
    JsonLd jsonLd = JsonLd.of(doc);
    Optional<String> title = titles.find(doc, meta, jsonLd);
    Optional<String> byline = bylines.find(doc, meta, jsonLd);
    Optional<PublicationDate> published = dates.find(doc, meta, jsonLd, url, dateBounds);
    Optional<String> language = languages.find(doc, meta, jsonLd);
    Optional<String> canonical = links.canonicalUrl(doc, meta, jsonLd);
    PageCleaner.clean(doc.body());
    ContentExtractor.Result body = content.extract(doc.body(), title);
    List<ArticleBlock> blocks = body.blocks();
    Optional<List<ArticleBlock>> stated = StructuredBody.of(jsonLd);
    if (stated.isPresent() && StructuredBody.replaces(blocks, stated.get())) {
      blocks = stated.get();
    }
    Optional<String> image = links.leadImage(doc, meta, jsonLd, body.container());
    return new ExtractedArticle(blocks, title, byline, published, language, canonical, image);
  }
}
