package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * The body a page states in its JSON-LD article ({@code articleBody}), as blocks. It is used
 * when the page's markup yields clearly less than it states: pages whose text is put in place
 * by scripts, or whose markup defeats the heuristics. It is not used first: on the pages where
 * both exist it is often a teaser of a few hundred characters, keeps captions and loses
 * headings, and the markup's body scores better (see {@link ContentExtractor}).
 */
final class StructuredBody {

  /** Below this many words an {@code articleBody} is a teaser, not a body. */
  static final int MIN_WORDS = 80;
  /** The markup's body is set aside when it has less than this share of the stated body's words. */
  static final double SHORTFALL = 0.5;

  private StructuredBody() {}

  /** The stated body, split into paragraphs at its line breaks; HTML in it is read as HTML. */
  static Optional<List<ArticleBlock>> of(JsonLd jsonLd) {
    Optional<String> stated = jsonLd.text("articleBody", false);
    if (stated.isEmpty()) {
      return Optional.empty();
    }
    String text = stated.get();
    if (text.indexOf('<') >= 0 && text.indexOf('>') > text.indexOf('<')) {
      text = Jsoup.parse(text).wholeText();
    }
    List<ArticleBlock> blocks = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = TextNormalizer.collapse(line);
      if (!t.isEmpty()) {
        blocks.add(ArticleBlock.paragraph(t));
      }
    }
    return TextShape.words(text) >= MIN_WORDS ? Optional.of(blocks) : Optional.empty();
  }

  /** Whether the stated body should replace the one read from the markup. */
  static boolean replaces(List<ArticleBlock> fromMarkup, List<ArticleBlock> stated) {
    return words(fromMarkup) < SHORTFALL * words(stated);
  }

  private static int words(List<ArticleBlock> blocks) {
    int n = 0;
    for (ArticleBlock b : blocks) {
      n += TextShape.words(b.text());
    }
    return n;
  }
}
