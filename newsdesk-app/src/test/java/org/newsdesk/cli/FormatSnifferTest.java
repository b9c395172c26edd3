package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.ArticleInput.Format;

class FormatSnifferTest {

  private static Format sniff(String content, String extension, String mediaType) {
    return FormatSniffer.sniff(content, Optional.ofNullable(extension),
        Optional.ofNullable(mediaType));
  }

  @Test
  void aDocumentThatOpensAsHtmlIsHtmlWhateverItsName() {
    assertThat(sniff("\n  <!DOCTYPE html>\n<html><body><p>x</p>", "txt", null))
        .isEqualTo(Format.HTML);
    assertThat(sniff("<?xml version=\"1.0\"?>\n<!-- saved --><HTML lang=en>", null, "text/plain"))
        .isEqualTo(Format.HTML);
  }

  @Test
  void theExtensionOrMediaTypeDecidesWhenTheContentDoesNotSay() {
    assertThat(sniff("<p>Hello</p>", "htm", null)).isEqualTo(Format.HTML);
    assertThat(sniff("<p>Hello</p>", null, "text/html")).isEqualTo(Format.HTML);
    assertThat(sniff("<p>Hello</p>", "txt", null)).isEqualTo(Format.TEXT);
  }

  @Test
  void plainTextThatMentionsATagStaysText() {
    String text = "Use the <p> element for paragraphs and <br> for line breaks.\n"
        + "Our reporter tested <div> layouts last week.";
    assertThat(sniff(text, null, null)).isEqualTo(Format.TEXT);
  }

  @Test
  void aFragmentFullOfMarkupIsHtml() {
    String fragment = "<div class=\"article\"><h1>Title</h1><p>One.</p><p>Two.</p>"
        + "<p>Three <a href=\"/x\">link</a>.</p></div>";
    assertThat(sniff(fragment, null, null)).isEqualTo(Format.HTML);
  }
}
