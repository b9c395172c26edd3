package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd and hostile pages: the extractor finishes quickly, throws nothing, and returns a bounded result. */
class HostileInputTest {

  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String PROSE = "The council said the bridge would reopen on Sunday, two years after"
      + " engineers closed it when they found cracks in two of its steel supports. ";

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "not html at all", "<", "<html>", "<head><title>Only a head</title></head>",
      "<body></body>", "</body></html>", "<![CDATA[x]]>", "<!-- only a comment -->", "\u0000\u0001\u0002\ufffd"})
  void pagesWithoutAnArticleGiveAnEmptyBody(String html) {
    ExtractedArticle a = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(html, "not a url"));

    assertThat(a.body()).isEmpty();
  }

  @Test
  void nullHtmlIsAnEmptyPage() {
    assertThat(extractor.extract(null).body()).isEmpty();
  }

  @Test
  void aPageWithoutBodyOrHtmlTagsIsStillRead() {
    ExtractedArticle a = extractor.extract("<title>Bridge</title><p>" + PROSE + "</p><p>" + PROSE + "</p>");

    assertThat(a.title()).contains("Bridge");
    assertThat(a.body()).hasSize(2);
  }

  @Test
  void tenThousandNestedDivsFinishQuickly() {
    String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + PROSE + PROSE + "</p>" + "</div>".repeat(10_000)
        + "</body></html>";

    ExtractedArticle a = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(html));

    assertThat(a.text()).contains("The council said the bridge would reopen");
  }

  @Test
  void tenThousandNestedInlineElementsFinishQuickly() {
    String html = "<p>" + "<span><b><i>".repeat(5_000) + PROSE + "</i></b></span>".repeat(5_000) + "</p>";

    ExtractedArticle a = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(html));

    assertThat(a.text()).contains("The council said the bridge would reopen");
  }

  @Test
  void fiveMegabytesOfTextFinishQuicklyAndStayBounded() {
    String oneParagraph = "<html><body><article><p>" + PROSE.repeat(5_000_000 / PROSE.length()) + "</p></article></body></html>";
    String manyParagraphs = "<html><body><article>" + ("<p>" + PROSE + "</p>").repeat(5_000_000 / (PROSE.length() + 7))
        + "</article></body></html>";

    ExtractedArticle one = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(oneParagraph));
    ExtractedArticle many = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(manyParagraphs));

    assertThat(one.body()).hasSize(1);
    assertThat(one.text().length()).isBetween(4_000_000, oneParagraph.length());
    assertThat(many.body().size()).isGreaterThan(20_000);
    assertThat(many.text().length()).isLessThan(manyParagraphs.length());
  }

  @Test
  void pagesOverTheSizeLimitAreCutNotRefused() {
    String html = "<html><body><article><p>" + PROSE + "</p><p>" + "x ".repeat(ArticleExtractor.MAX_HTML_CHARS / 2)
        + "</p><p>Beyond the limit: never read.</p></article></body></html>";

    ExtractedArticle a = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(html));

    assertThat(a.text()).startsWith("The council said").doesNotContain("Beyond the limit");
    assertThat(a.text().length()).isLessThan(ArticleExtractor.MAX_HTML_CHARS);
  }

  @Test
  void aHugeTitleAndThousandsOfHeadingsFinishQuickly() {
    String html = "<html><head><title>" + "Bridge ".repeat(500_000) + "</title></head><body><article>"
        + ("<h2>" + "Bridge ".repeat(100) + "</h2><p>" + PROSE + "</p>").repeat(5_000) + "</article></body></html>";

    ExtractedArticle a = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(html));

    assertThat(a.title()).isEmpty();
    assertThat(a.body()).hasSize(10_000);
  }

  @Test
  void hugeAttributesAndBrokenStructuredDataAreSurvived() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
        + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>"
        + "<script type='application/ld+json'>" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "</script>"
        + "<meta property='article:published_time' content='" + "2".repeat(100_000) + "'></head>"
        + "<body><div class='" + "a-".repeat(500_000) + "tooltip'><article class='" + "x".repeat(1_000_000) + "'>"
        + "<p>" + PROSE + PROSE + "</p></article></div></body></html>";

    ExtractedArticle a = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(html, "https://example.com/2019/11/05/x"));

    assertThat(a.text()).contains("The council said");
    assertThat(a.published().map(PublicationDate::iso)).contains("2019-11-05");
  }
}
