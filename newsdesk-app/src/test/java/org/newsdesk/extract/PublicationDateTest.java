package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.extract.PublicationDate.Source;

/** The publication date: the structured sources in their order of trust, and nothing invented. */
class PublicationDateTest {

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String BODY = "<article><p>The bridge reopened to traffic on Sunday morning, two years"
      + " after engineers closed it when they found cracks in its steel supports.</p></article>";

  private Optional<PublicationDate> dateOf(String head, String body, String url) {
    String html = "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
    return extractor.extract(html, url).published();
  }

  private static String jsonLd(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdDatePublishedWinsOverMisleadingVisibleDates() {
    String head = jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Bridge reopens\",\"datePublished\":\"2019-11-05T14:03:00-05:00\","
        + "\"dateModified\":\"2019-11-07T09:00:00-05:00\"}")
        // a syndication partner's template stamping its own date
        + "<meta property=\"article:published_time\" content=\"2019-11-06T08:00:00Z\">"
        + "<meta name=\"pubdate\" content=\"2019-11-06\">";
    String body = "<div class=masthead>Friday, November 8, 2019</div>"
        + "<p class=updated>Updated <time datetime=\"2019-11-07T09:00:00-05:00\">Nov. 7</time></p>" + BODY
        + "<aside class=related><time datetime=\"2019-10-01\">Oct. 1</time> An older story</aside>";

    PublicationDate date = dateOf(head, body, "https://news.example/2019/11/08/bridge").orElseThrow();

    assertThat(date.iso()).isEqualTo("2019-11-05T14:03:00-05:00");
    assertThat(date.source()).isEqualTo(Source.JSON_LD);
  }

  @Test
  void theArticleInAJsonLdGraphIsReadNotTheWebPage() {
    String head = jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"datePublished\":\"2018-01-01T00:00:00Z\"},"
        + "{\"@type\":[\"ReportageNewsArticle\"],\"datePublished\":\"2019-11-05T10:00:00Z\"}]}");

    assertThat(dateOf(head, BODY, null).map(PublicationDate::iso)).contains("2019-11-05T10:00:00Z");
  }

  @Test
  void aModificationDateIsNotAPublicationDate() {
    String head = jsonLd("{\"@type\":\"NewsArticle\",\"dateModified\":\"2019-11-07T09:00:00Z\"}")
        + "<meta property=\"article:modified_time\" content=\"2019-11-07T09:00:00Z\">"
        + "<meta property=\"og:updated_time\" content=\"2019-11-07T09:00:00Z\">";

    assertThat(dateOf(head, BODY, "https://news.example/2019/11/05/bridge"))
        .contains(PublicationDate.ofDay(LocalDate.of(2019, 11, 5), Source.URL));
  }

  @Test
  void openGraphComesBeforeOtherMetaTags() {
    String head = "<meta name=\"date\" content=\"2019-11-04\">"
        + "<meta property=\"article:published_time\" content=\"2019-11-05T14:03:00+01:00\">";

    PublicationDate date = dateOf(head, BODY, null).orElseThrow();

    assertThat(date.iso()).isEqualTo("2019-11-05T14:03:00+01:00");
    assertThat(date.source()).isEqualTo(Source.OPEN_GRAPH);
  }

  @ParameterizedTest(name = "{0}=\"{1}\" -> {2}")
  @CsvSource(delimiter = '|', value = {
      "name=pubdate            | 2019-11-05T14:03:00Z      | 2019-11-05T14:03:00Z",
      "name=DC.date.issued     | 2019-11-05                | 2019-11-05",
      "name=parsely-pub-date   | 2019-11-05T19:03:00Z      | 2019-11-05T19:03:00Z",
      "name=sailthru.date      | 2019-11-05 14:03:00       | 2019-11-05T14:03:00",
      "name=date               | 11/05/2019 is not ISO; 2019-11-05 is | 2019-11-05",
      "itemprop=datePublished  | 2019-11-05T14:03:00+0530  | 2019-11-05T14:03:00+05:30",
      "name=citation_publication_date | 2019/11/05         | 2019-11-05"})
  void metaTagsAreReadWhenThereIsNoStructuredDate(String attribute, String content, String expected) {
    String head = "<meta " + attribute.replace("=", "=\"") + "\" content=\"" + content + "\">";

    PublicationDate date = dateOf(head, BODY, "https://news.example/2020/01/01/not-this-one").orElseThrow();

    assertThat(date.iso()).isEqualTo(expected);
    assertThat(date.source()).isEqualTo(Source.META_TAG);
  }

  @Test
  void theParselyPageJsonIsRead() {
    String head = "<meta name=\"parsely-page\" content='{\"title\": \"Bridge\", \"pub_date\": \"2019-11-05T19:03:00Z\"}'>";

    assertThat(dateOf(head, BODY, null).map(PublicationDate::iso)).contains("2019-11-05T19:03:00Z");
  }

  @Test
  void aTimeElementMarkedAsPublishedBeatsTheFirstTimeOnThePage() {
    String body = "<div class=ticker><time datetime=\"2019-11-08T08:00:00Z\">8:00</time> Storm warning</div>"
        + "<article><div class=post-date><time datetime=\"2019-11-05T14:03:00-05:00\">Nov. 5</time></div>"
        + BODY + "</article>";

    PublicationDate date = dateOf("", body, null).orElseThrow();

    assertThat(date.iso()).isEqualTo("2019-11-05T14:03:00-05:00");
    assertThat(date.source()).isEqualTo(Source.TIME_ELEMENT);
  }

  @Test
  void theFirstTimeElementOutsideOtherStoriesIsTheLastResortBeforeTheUrl() {
    String body = "<aside><time datetime=\"2019-10-01\">Oct. 1</time></aside>"
        + "<div class=related-stories><time datetime=\"2019-10-02\">Oct. 2</time></div>"
        + "<p><time datetime=\"2019-11-05\">Nov. 5</time></p>" + BODY;

    assertThat(dateOf("", body, "https://news.example/2019/12/24/x").map(PublicationDate::iso)).contains("2019-11-05");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "https://news.example/2019/11/05/bridge-reopens, 2019-11-05",
      "https://www.theguardian.com/commentisfree/2019/nov/18/hong-kong, 2019-11-18",
      "https://www.vox.com/science/2019/11/8/20948348/delhi-air, 2019-11-08",
      "https://news.example/archive/20191105/bridge.html, 2019-11-05",
      "https://news.example/2019-11-05-bridge-reopens, 2019-11-05",
      "https://news.example/stories/2019/11/05, 2019-11-05"})
  void aDateInTheUrlIsTheLastResort(String url, String expected) {
    PublicationDate date = dateOf("", BODY, url).orElseThrow();

    assertThat(date.iso()).isEqualTo(expected);
    assertThat(date.source()).isEqualTo(Source.URL);
    assertThat(date.time()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://news.example/2019/11/123456/bridge",
      "https://news.example/article/2019/13/05/bridge",
      "https://news.example/2019/02/30/bridge",
      "https://news.example/id/1573016400/bridge",
      "https://news.example/2019/11/"})
  void numbersThatAreNotADayInTheUrlAreNoDate(String url) {
    assertThat(dateOf("", BODY, url)).isEmpty();
  }

  @Test
  void timezoneOffsetsAreKeptAsThePageGivesThem() {
    PublicationDate india = dateOf(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T09:01:42+05:30\"}"),
        BODY, null).orElseThrow();
    PublicationDate utc = dateOf(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T03:31:42Z\"}"),
        BODY, null).orElseThrow();
    PublicationDate local = dateOf(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T09:01:42\"}"),
        BODY, null).orElseThrow();

    assertThat(india.offset()).contains(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(india.time()).contains(LocalTime.of(9, 1, 42));
    assertThat(india.iso()).isEqualTo("2019-11-19T09:01:42+05:30");
    assertThat(utc.offset()).contains(ZoneOffset.UTC);
    assertThat(india.toOffsetDateTime().orElseThrow().toInstant())
        .isEqualTo(utc.toOffsetDateTime().orElseThrow().toInstant());
    assertThat(local.offset()).isEmpty(); // not silently UTC
    assertThat(local.toOffsetDateTime()).isEmpty();
    assertThat(local.iso()).isEqualTo("2019-11-19T09:01:42");
  }

  @Test
  void aDayOnlyDateTakesTheTimeAnotherSourceGivesForTheSameDay() {
    String sameDay = jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-05\"}")
        + "<meta property=\"article:published_time\" content=\"2019-11-05T14:03:00+01:00\">";
    String otherDay = jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-05\"}")
        + "<meta property=\"article:published_time\" content=\"2019-11-06T14:03:00+01:00\">";

    assertThat(dateOf(sameDay, BODY, null).map(PublicationDate::iso)).contains("2019-11-05T14:03:00+01:00");
    assertThat(dateOf(otherDay, BODY, null)).contains(PublicationDate.ofDay(LocalDate.of(2019, 11, 5), Source.JSON_LD));
  }

  @Test
  void placeholderAndBrokenDatesAreSkipped() {
    String head = jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"1970-01-01T00:00:00Z\"}")
        + "<meta property=\"article:published_time\" content=\"{{publishedDate}}\">"
        + "<meta name=\"pubdate\" content=\"2019-11-05T14:03:00Z\">";

    PublicationDate date = dateOf(head, BODY, null).orElseThrow();

    assertThat(date.iso()).isEqualTo("2019-11-05T14:03:00Z");
    assertThat(date.source()).isEqualTo(Source.META_TAG);
  }

  @Test
  void aPageWithNoDateHasNone() {
    assertThat(dateOf("<title>Bridge</title>", BODY, "https://news.example/bridge")).isEmpty();
  }
}
