package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title, byline, language, canonical URL and lead image: what the page states about itself. */
class MetadataTest {

  private final ArticleExtractor extractor = new ArticleExtractor();

  private ExtractedArticle extract(String head, String body, String url) {
    return extractor.extract("<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>", url);
  }

  private static String jsonLd(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void theJsonLdHeadlineIsTheTitleWithItsEntitiesDecoded() {
    ExtractedArticle a = extract("<title>Other | Site</title>" + jsonLd(
        "{\"@type\":\"NewsArticle\",\"headline\":\"&#8216;We rebuilt it&#8217;: bridge reopens &amp; traffic returns\"}"),
        "<h1>Something else</h1>", null);

    assertThat(a.title()).contains("\u2018We rebuilt it\u2019: bridge reopens & traffic returns");
  }

  @Test
  void theSiteNameIsCutFromTheTitle() {
    assertThat(extract("<title>Bridge reopens after two-year repair | The Coastal Courier</title>", "", null).title())
        .contains("Bridge reopens after two-year repair");
    assertThat(extract("<title>The Coastal Courier - Bridge reopens after two-year repair</title>", "", null).title())
        .contains("Bridge reopens after two-year repair");
    assertThat(extract("<meta property=og:site_name content='Courier'><meta property=og:title"
        + " content='Bridge reopens: what changes for drivers | Courier'>", "", null).title())
        .contains("Bridge reopens: what changes for drivers");
  }

  @Test
  void theBylineNamesPeopleBeforeTheirOrganisation() {
    ExtractedArticle a = extract(jsonLd("{\"@type\":\"NewsArticle\",\"author\":["
        + "{\"@type\":\"Organization\",\"name\":\"Courier Staff\"},"
        + "{\"@type\":\"Person\",\"name\":\"Mara Lind\"},{\"@type\":\"Person\",\"name\":\"Tomas Berg\"}]}"), "", null);

    assertThat(a.byline()).contains("Mara Lind, Tomas Berg");
  }

  @Test
  void aBylineFromThePageLosesItsByAndItsDate() {
    assertThat(extract("<meta name=author content='https://facebook.com/someone'>",
        "<p class=byline>By Mara Lind | Published Nov. 5, 2019</p>", null).byline()).contains("Mara Lind");
    assertThat(extract("", "<p class=byline>" + "x".repeat(400) + "</p>", null).byline()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "<html lang='EN-us'>                                  | en-US",
      "<html lang='pt_BR'>                                  | pt-BR",
      "<html><head><meta property='og:locale' content='de_DE'></head> | de-DE",
      "<html><head><meta http-equiv='Content-Language' content='fr'></head> | fr",
      "<html lang='not a language'>                         | ''"})
  void theLanguageIsWhatThePageDeclares(String html, String expected) {
    ExtractedArticle a = extractor.extract(html + "<body></body></html>");

    assertThat(a.language().orElse("")).isEqualTo(expected);
  }

  @Test
  void canonicalUrlAndLeadImageAreMadeAbsolute() {
    ExtractedArticle a = extract("<link rel=canonical href='/news/bridge-reopens'>"
        + "<meta property='og:image' content='/img/lead.jpg'>", "", "https://courier.example/news/bridge-reopens?utm_source=x");

    assertThat(a.canonicalUrl()).contains("https://courier.example/news/bridge-reopens");
    assertThat(a.leadImage()).contains("https://courier.example/img/lead.jpg");
  }

  @Test
  void withoutImageMetadataTheLeadImageIsTheArticlesFirst() {
    String body = "<div class=logo><img src='/logo.png'></div><article><img src='/img/bridge.jpg'>"
        + "<p>The Harbour Bridge reopened to traffic on Sunday morning, two years after engineers closed it"
        + " when they found cracks in two of its steel supports, and four hundred people walked across.</p></article>";

    assertThat(extract("", body, "https://courier.example/a").leadImage()).contains("https://courier.example/img/bridge.jpg");
  }

  @Test
  void aPageWithoutMetadataHasNone() {
    ExtractedArticle a = extractor.extract("<p>Just a line.</p>");

    assertThat(a.title()).isEmpty();
    assertThat(a.byline()).isEmpty();
    assertThat(a.published()).isEmpty();
    assertThat(a.language()).isEmpty();
    assertThat(a.canonicalUrl()).isEmpty();
    assertThat(a.leadImage()).isEmpty();
  }
}
