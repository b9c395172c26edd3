package org.newsdesk.analyze;

import java.time.LocalDate;

/**
 * An article to analyze: its raw content, whether that is HTML or plain text (one paragraph a
 * line), and its publication date (relative dates resolve against it; null means unknown).
 */
public record ArticleInput(String content, Format format, LocalDate published) {

  public enum Format { TEXT, HTML }

  public static ArticleInput text(String content, LocalDate published) {
    return new ArticleInput(content, Format.TEXT, published);
  }

  public static ArticleInput html(String content, LocalDate published) {
    return new ArticleInput(content, Format.HTML, published);
  }
}
