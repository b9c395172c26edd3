package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body: the article's paragraphs and headings, and nothing of the template around them. */
class ArticleBodyTest {

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String resource(String name) throws IOException {
    try (InputStream in = ArticleBodyTest.class.getResourceAsStream("/extract/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String paragraph(String text) {
    return "<p>" + text + "</p>";
  }

  /** A sentence long enough to count as prose, numbered so that tests can find it. */
  private static String sentence(int n) {
    return "Paragraph " + n + " of the story says what happened at the harbour on Sunday, who was"
        + " there, and why the council decided to reopen the bridge earlier than planned.";
  }

  @Test
  void theBodyKeepsParagraphsAndInArticleHeadingsInPageOrder() throws IOException {
    ExtractedArticle article = extractor.extract(resource("article-in-a-busy-template.html"),
        "https://courier.example/news/2021/03/14/harbour-bridge-reopens");

    assertThat(article.body()).extracting(ArticleBlock::kind).containsExactly(
        ArticleBlock.Kind.PARAGRAPH, ArticleBlock.Kind.PARAGRAPH, ArticleBlock.Kind.PARAGRAPH,
        ArticleBlock.Kind.HEADING, ArticleBlock.Kind.PARAGRAPH, ArticleBlock.Kind.PARAGRAPH,
        ArticleBlock.Kind.PARAGRAPH);
    assertThat(article.body().get(0).text()).startsWith("The Harbour Bridge reopened to traffic on Sunday");
    assertThat(article.body().get(3)).isEqualTo(ArticleBlock.heading("Cost rose by a third"));
    assertThat(article.body().get(5).text()).startsWith("The bridge is safer today"); // the block quote
    assertThat(article.body().get(6).text()).startsWith("Traffic counts will be published");
  }

  @Test
  void theBodyDropsTheTemplateAroundAndInsideTheArticle() throws IOException {
    String text = extractor.extract(resource("article-in-a-busy-template.html")).text();

    assertThat(text)
        .doesNotContain("Home", "Sport", "Council approves new budget") // menu and ticker
        .doesNotContain("Harbour bridge reopens after two-year repair") // the headline is not body
        .doesNotContain("Mara Lind", "Published 14 March", "Transport") // byline, dateline, kicker
        .doesNotContain("Photo: Courier staff") // caption
        .doesNotContain("Share on Facebook", "Advertisement")
        .doesNotContain("Read more", "Why the Harbour Bridge was closed")
        .doesNotContain("Sign up for our free newsletter", "Get the Courier every morning")
        .doesNotContain("Related stories", "Ferry timetable changes")
        .doesNotContain("Tags:")
        .doesNotContain("crossing this bridge every day", "34 comments") // comments outweigh the story
        .doesNotContain("Most read", "Fishing fleet returns")
        .doesNotContain("Coastal Media Ltd", "Privacy");
  }

  @Test
  void theTextIsTheBlocksOneALine() throws IOException {
    ExtractedArticle article = extractor.extract(resource("article-in-a-busy-template.html"));

    assertThat(article.text().split("\n")).containsExactlyElementsOf(
        article.body().stream().map(ArticleBlock::text).toList());
  }

  @Test
  void aPageWithoutClassNamesIsReadByItsTextAlone() {
    String html = "<html><body><div><a href=/>Home</a> <a href=/n>News</a> <a href=/s>Sport</a></div>"
        + "<div><div>" + paragraph(sentence(1)) + paragraph(sentence(2)) + paragraph(sentence(3)) + "</div>"
        + "<div><ul><li><a href=/1>Another story about the harbour and its bridge</a></li>"
        + "<li><a href=/2>Yet another story about the harbour and its ferries</a></li></ul></div></div>"
        + "<div>Copyright 2021</div></body></html>";

    List<ArticleBlock> body = extractor.extract(html).body();

    assertThat(body).extracting(ArticleBlock::text).containsExactly(sentence(1), sentence(2), sentence(3));
  }

  @Test
  void aPageWithoutAnArticleHasAnEmptyBody() {
    String home = "<html><head><title>The Coastal Courier</title></head><body>"
        + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>"
        + "<div class=front>"
        + "<h2><a href=/a>Harbour bridge reopens after two-year repair</a></h2><p>Traffic returns.</p>"
        + "<h2><a href=/b>Council approves new budget for schools</a></h2><p>Libraries too.</p>"
        + "<h2><a href=/c>Storm warning for the northern coast tonight</a></h2><p>Stay inside.</p>"
        + "</div><footer>Copyright 2021 Coastal Media Ltd</footer></body></html>";
    String notFound = "<html><body><h1>Page not found</h1><p>Sorry, we could not find that page.</p>"
        + "<p><a href=/>Go to the home page</a></p></body></html>";

    assertThat(extractor.extract(home).body()).isEmpty();
    assertThat(extractor.extract(home).hasBody()).isFalse();
    assertThat(extractor.extract(notFound).body()).isEmpty();
    assertThat(extractor.extract(notFound).text()).isEmpty();
  }

  @Test
  void amongSeveralArticlesThePageIsTheOneUnderItsHeadline() {
    String teaser = "<article class=card><h2><a href=/x>Another story</a></h2>"
        + paragraph(sentence(7)) + paragraph(sentence(8)) + paragraph(sentence(9)) + "</article>";
    String html = "<html><head><meta property=og:title content='Bridge reopens'></head><body><main>"
        + "<article class=story><h1>Bridge reopens</h1>" + paragraph(sentence(1)) + paragraph(sentence(2)) + "</article>"
        + teaser + teaser + "</main></body></html>";

    assertThat(extractor.extract(html).body()).extracting(ArticleBlock::text)
        .containsExactly(sentence(1), sentence(2));
  }

  @Test
  void anEmbeddedTweetIsPartOfTheStoryAndAHiddenBlockIsNot() {
    String html = "<html><body><article>" + paragraph(sentence(1))
        + "<div class=social-embed><blockquote class=twitter-tweet><p>We are on it. The bridge opens at nine.</p>"
        + "&mdash; City Council (@council) March 14, 2021</blockquote></div>"
        + "<p style='display: none'>Hidden text that no reader sees on the page at all, however long it is.</p>"
        + "<p><span class=sr-only>Screen reader note. </span>" + sentence(2) + "</p>"
        + "</article></body></html>";

    assertThat(extractor.extract(html).body()).extracting(ArticleBlock::text).containsExactly(
        sentence(1), "We are on it. The bridge opens at nine.", "\u2014 City Council (@council) March 14, 2021",
        sentence(2));
  }

  @Test
  void aDataTableReadsRowByRow() {
    String html = "<html><body><article>" + paragraph(sentence(1))
        + "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
        + "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
        + "<tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>"
        + "</article></body></html>";

    assertThat(extractor.extract(html).body()).extracting(ArticleBlock::text)
        .containsExactly(sentence(1), "Pos. Driver Points", "1 Kyle Busch 5040", "2 Martin Truex Jr. 5035");
  }

  @Test
  void aBodyTheMarkupMissesIsTakenFromJsonLd() {
    String stated = (sentence(1) + "\\n" + sentence(2) + "\\n" + sentence(3)).replace("\"", "\\\"");
    String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + stated + "\"}</script></head><body><div id=app>Loading…</div></body></html>";

    assertThat(extractor.extract(html).body()).extracting(ArticleBlock::text)
        .containsExactly(sentence(1), sentence(2), sentence(3));
  }

  @Test
  void aTeaserInJsonLdDoesNotReplaceTheBody() {
    String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + "The bridge reopened.\"}</script></head><body><article>" + paragraph(sentence(1)) + paragraph(sentence(2))
        + "</article></body></html>";

    assertThat(extractor.extract(html).body()).extracting(ArticleBlock::text).containsExactly(sentence(1), sentence(2));
  }
}
