package org.newsdesk.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the extract stage makes of one news page. Every field but the body may be absent; the
 * body is empty when the page holds no article (a home page, an error page), never filled with
 * whatever text the page had.
 *
 * @param body the article's paragraphs and headings, in page order; the title is not in it
 * @param title the headline
 * @param byline the authors as the page names them, joined with ", "
 * @param published when the article was first published, as precisely as the page says
 * @param language the page's language as a BCP 47 tag ("en", "en-US", "pt-BR")
 * @param canonicalUrl the URL the page names as its own, absolute when the page URL was known
 * @param leadImage the article's main image, absolute when the page URL was known
 */
public record ExtractedArticle(
    List<ArticleBlock> body,
    Optional<String> title,
    Optional<String> byline,
    Optional<PublicationDate> published,
    Optional<String> language,
    Optional<String> canonicalUrl,
    Optional<String> leadImage) {

  public ExtractedArticle {
    body = List.copyOf(body);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(leadImage, "leadImage");
  }

  /** The body as text: one block a line. Empty when the page has no article. */
  public String text() {
    return body.stream().map(ArticleBlock::text).collect(Collectors.joining("\n"));
  }

  /** Whether an article body was found. */
  public boolean hasBody() {
    return !body.isEmpty();
  }
}
