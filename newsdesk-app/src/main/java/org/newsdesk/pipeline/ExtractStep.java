package org.newsdesk.pipeline;

import java.time.Instant;
import java.util.Optional;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.ExtractedArticle;
import org.newsdesk.extract.PageCharset;
import org.newsdesk.extract.PublicationDate;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ArticleToExtract;
import org.newsdesk.store.Claim;
import org.newsdesk.store.Copy;
import org.newsdesk.store.ExtractedFields;
import org.newsdesk.store.RawPage;
import org.newsdesk.store.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stored page into an article: body, title, byline, date, language, canonical URL, lead
 * image; then asks {@link DuplicateCheck} whether it is a copy of an article already stored. A
 * page without an article body falls back to the feed's own text when that is long enough to be
 * the article; otherwise the article is skipped, saying why.
 */
final class ExtractStep implements StageStep {

  private static final Logger log = LoggerFactory.getLogger(ExtractStep.class);
  /** A feed's text shorter than this is a teaser, not the article. */
  private static final int MIN_FEED_BODY_CHARS = 400;

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final ArticleStore articles;
  private final DuplicateCheck duplicates;

  ExtractStep(ArticleStore articles, DuplicateCheck duplicates) {
    this.articles = articles;
    this.duplicates = duplicates;
  }

  @Override
  public Stage stage() {
    return Stage.EXTRACT;
  }

  @Override
  public void process(Claim claim) {
    ArticleToExtract a = articles.forExtraction(claim.articleId());
    RawPage page = a.page();
    String text = PageCharset.decode(page.body(), page.charset());
    ExtractedArticle x;
    String body;
    if (page.mediaType().filter(t -> t.equals("text/plain")).isPresent()) {
      x = new ExtractedArticle(java.util.List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      body = text.strip();
    } else {
      x = extractor.extract(text, page.finalUrl() == null ? a.url() : page.finalUrl(),
          a.fetchedAt());
      body = x.text();
      if (!x.hasBody()) {
        body = a.feedSummary().map(ExtractStep::paragraphs).orElse("");
        if (body.length() < MIN_FEED_BODY_CHARS) {
          log.info("article {}: no article body found in {}", a.id(), a.url());
          articles.skip(claim, "no article body found in the page");
          return;
        }
      }
    }
    if (body.isBlank()) {
      articles.skip(claim, "the file has no text");
      return;
    }
    Optional<Instant> published = x.published().map(PublicationDate::toInstant).or(a::feedPublished);
    DuplicateCheck.Keys keys = duplicates.keys(body);
    ExtractedFields fields = new ExtractedFields(x.title().or(a::feedTitle), x.byline(),
        published, x.language(),
        ArticleUrls.declared(page.finalUrl() == null ? a.url() : page.finalUrl(), x.canonicalUrl()),
        x.leadImage(), body, keys.contentHash(),
        keys.minhash(), keys.bands());
    Optional<Copy> near = duplicates.nearOriginal(claim.articleId(), keys);
    Optional<Copy> copy = articles.completeExtract(claim, fields, near);
    copy.ifPresentOrElse(
        c -> log.info("article {}: {} copy of article {}, recorded as also published at {}",
            a.id(), c.kind(), c.originalId(), a.url()),
        () -> log.debug("article {}: extracted {} chars from {}", a.id(), fields.body().length(), a.url()));
  }

  /** A feed's HTML as text, one paragraph a line (the shape the analyzer reads). */
  private static String paragraphs(String html) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    var blocks = doc.select("p, li, h1, h2, h3, h4, blockquote");
    if (blocks.isEmpty()) {
      return doc.text();
    }
    return blocks.stream().map(org.jsoup.nodes.Element::text).filter(t -> !t.isBlank())
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
