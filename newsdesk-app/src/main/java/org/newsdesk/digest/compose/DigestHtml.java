package org.newsdesk.digest.compose;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The digest's HTML part, from the precompiled template {@code jte/digest/digest.jte}: inline
 * styles and plain blocks only, since mail clients drop style sheets and mangle layouts.
 * Everything is escaped by the template engine.
 */
public final class DigestHtml {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private DigestHtml() {}

  public static String render(DigestView digest) {
    StringOutput out = new StringOutput(16 * 1024);
    ENGINE.render("digest/digest.jte", Map.of("digest", digest), out);
    return out.toString();
  }

  /** A story's shared block, escaped by the template, for {@code digest.jte} to include as is. */
  static String renderBody(DigestView.StoryBody body) {
    StringOutput out = new StringOutput(2 * 1024);
    ENGINE.render("digest/story-body.jte", Map.of("body", body), out);
    return out.toString();
  }
}
