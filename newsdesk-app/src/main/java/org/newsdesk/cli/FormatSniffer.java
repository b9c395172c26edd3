package org.newsdesk.cli;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.analyze.ArticleInput.Format;

/**
 * Tells HTML from plain text. Strongest first: the text itself opening as an HTML document
 * ({@code <!doctype html>}, {@code <html>}); then the file extension or the server's media type;
 * then markup throughout (a text that merely mentions a tag or two stays text).
 */
final class FormatSniffer {

  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");

  private static final Pattern DOCUMENT_START = Pattern.compile(
      "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern TAG = Pattern.compile(
      "</?(?:p|div|span|a|br|h[1-6]|ul|ol|li|article|section|body|head|title|meta|script|img"
          + "|table|tr|td|em|strong|b|i|blockquote|figure|header|footer|nav)\\b[^<>]{0,500}>",
      Pattern.CASE_INSENSITIVE);

  /** Markup tags to see before a text without other clues counts as HTML. */
  static final int MIN_TAGS = 8;

  private FormatSniffer() {}

  static Format sniff(String content, Optional<String> extension, Optional<String> mediaType) {
    if (DOCUMENT_START.matcher(head(content)).find()) {
      return Format.HTML;
    }
    if (extension.filter(HTML_EXTENSIONS::contains).isPresent()
        || mediaType.filter(t -> t.equals("text/html") || t.equals("application/xhtml+xml"))
            .isPresent()) {
      return Format.HTML;
    }
    if (extension.filter(TEXT_EXTENSIONS::contains).isPresent()
        || mediaType.filter("text/plain"::equals).isPresent()) {
      return Format.TEXT;
    }
    Matcher tags = TAG.matcher(content);
    int n = 0;
    while (n < MIN_TAGS && tags.find()) {
      n++;
    }
    return n >= MIN_TAGS ? Format.HTML : Format.TEXT;
  }

  private static String head(String content) {
    return content.length() > 4096 ? content.substring(0, 4096) : content;
  }
}
