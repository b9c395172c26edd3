package org.newsdesk.extract;

import java.util.Objects;

/**
 * One block of an article's body: a paragraph or a heading, its text with whitespace collapsed.
 *
 * @param kind what the block is
 * @param text its text: not blank, no line breaks
 */
public record ArticleBlock(Kind kind, String text) {

  /** What a block is. List items and block quotes are paragraphs. */
  public enum Kind {
    HEADING,
    PARAGRAPH
  }

  public ArticleBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a block's text must be one non-blank line; got \"" + text + "\"");
    }
  }

  public static ArticleBlock paragraph(String text) {
    return new ArticleBlock(Kind.PARAGRAPH, text);
  }

  public static ArticleBlock heading(String text) {
    return new ArticleBlock(Kind.HEADING, text);
  }
}
