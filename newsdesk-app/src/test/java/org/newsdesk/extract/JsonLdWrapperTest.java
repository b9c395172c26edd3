package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** JSON-LD scripts that templates wrap in a CDATA section or an HTML comment are still read. */
class JsonLdWrapperTest {

  private static JsonLd jsonLdOf(String script) {
    return JsonLd.of(Jsoup.parse("<html><head><script type=\"application/ld+json\">" + script
        + "</script></head><body></body></html>"));
  }

  @Test
  void aCdataSectionInScriptCommentsIsUnwrapped() {
    JsonLd ld = jsonLdOf("/* <![CDATA[ */ {\"@type\": \"NewsArticle\", \"headline\": \"Wrapped\"}"
        + " /* ]]> */");
    assertThat(ld.text("headline", false)).contains("Wrapped");
  }

  @Test
  void anHtmlCommentAroundTheScriptIsUnwrapped() {
    JsonLd ld = jsonLdOf("<!--{\"@type\": \"NewsArticle\", \"headline\": \"Commented\"}-->");
    assertThat(ld.text("headline", false)).contains("Commented");
  }

  @Test
  void markersInsideStringsAreLeftAlone() {
    JsonLd ld = jsonLdOf("{\"@type\": \"NewsArticle\", \"headline\": \"a]]>b <!-- c --> d\"}");
    assertThat(ld.text("headline", false)).contains("a]]>b <!-- c --> d");
  }
}
