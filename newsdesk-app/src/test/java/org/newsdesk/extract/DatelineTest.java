package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.extract.PublicationDate.Source;

/** Dates read from the visible text by the headline, and the bounds every date must keep. */
class DatelineTest {

  private final ArticleExtractor extractor = new ArticleExtractor();
  private static final Instant FETCHED = Instant.parse("2019-11-20T12:00:00Z");

  private static final String PARAGRAPHS = "<p>The bridge reopened to traffic on Sunday morning, two years after"
      + " engineers closed it when they found cracks in its steel supports in March 2017.</p>"
      + "<p>Officials said on November 1, 2019 that the repairs had cost more than they had planned for.</p>";

  private Optional<PublicationDate> dateOf(String head, String header, String url) {
    String html = "<!doctype html><html><head><title>Bridge reopens after repairs</title>" + head + "</head><body>"
        + "<article><h1>Bridge reopens after repairs</h1>" + header + PARAGRAPHS + "</article></body></html>";
    return extractor.extract(html, url, FETCHED).published();
  }

  @Test
  void aPublishedLineUnderTheHeadlineIsRead() {
    PublicationDate d = dateOf("", "<div>Published 5 March 2019</div>", null).orElseThrow();

    assertThat(d.iso()).isEqualTo("2019-03-05");
    assertThat(d.source()).isEqualTo(Source.DATELINE);
  }

  @Test
  void anUpdatedDateGivesWayToThePublishedOne() {
    String header = "<div class=meta>Updated: Nov. 3, 2019 7:05 p.m. ET | Published: Nov. 1, 2019 9:00 a.m. ET</div>";

    assertThat(dateOf("", header, null).map(PublicationDate::date).map(Object::toString)).contains("2019-11-01");
  }

  @Test
  void anUpdatedDateAloneComesAfterTheUrl() {
    String header = "<div class=meta>Updated: Nov. 3, 2019 7:05 p.m. ET</div>";

    assertThat(dateOf("", header, "https://news.example/2019/11/01/bridge"))
        .hasValueSatisfying(d -> assertThat(d.source()).isEqualTo(Source.URL));
    assertThat(dateOf("", header, null).map(PublicationDate::iso)).contains("2019-11-03T19:05:00");
  }

  @Test
  void aStampNamedAsAnUpdateIsAnUpdate() {
    String header = "<div class=entry-meta><time class=\"entry-updated\">November 12, 2018</time></div>";

    assertThat(dateOf("", header, "https://news.example/2018/10/07/bridge").map(PublicationDate::source))
        .contains(Source.URL);
  }

  @Test
  void aBylineWithADateIsRead() {
    assertThat(dateOf("", "<div>By Jane Doe | March 5, 2019</div>", null).map(PublicationDate::iso))
        .contains("2019-03-05");
  }

  @Test
  void datesInTheBodyAreNotRead() {
    // The paragraphs mention March 2017 and November 1, 2019, and a diary entry stands alone on
    // its line; none is the publication date.
    String html = "<html><head><title>Bridge reopens after repairs</title></head><body><article>"
        + "<h1>Bridge reopens after repairs</h1>" + PARAGRAPHS + "<p>Tuesday, November 12, 2019</p>"
        + "<p>The engineers came back a week later.</p></article></body></html>";

    assertThat(extractor.extract(html, null, FETCHED).published()).isEmpty();
  }

  @Test
  void anUnnamedSentenceWithADateIsNotAStamp() {
    assertThat(dateOf("", "<h2>The council voted on March 5, 2019 to close the bridge for good</h2>", null)).isEmpty();
  }

  @Test
  void captionsAndOtherStoriesAreSkipped() {
    String header = "<figure><img src=a.jpg><figcaption>Workers on the bridge, Tuesday, Nov. 12, 2019</figcaption></figure>"
        + "<div class=related-stories><span class=date>October 2, 2019</span></div>"
        + "<div class=post-date>November 19, 2019</div>";

    assertThat(dateOf("", header, null).map(PublicationDate::iso)).contains("2019-11-19");
  }

  @Test
  void aDateAboveTheHeadlineCountsOnlyWhenNamedAsThePublication() {
    String html = "<html><head><title>Is $53 million a week in drugs crossing the border?</title></head><body><article>"
        + "<div class=statement><p class=statement__meta>McKinley on Sunday, October 13th, 2019 in a newspaper</p></div>"
        + "<h1>Is $53 million a week in drugs crossing the border?</h1>"
        + "<div class=byline>on Monday, November 18th, 2019 at 11:08 a.m.</div>" + PARAGRAPHS + "</article></body></html>";

    assertThat(extractor.extract(html, null, FETCHED).published().map(d -> d.date().toString())).contains("2019-11-18");
  }

  @Test
  void theSiteHeadersDateOfTodayIsNotTheArticles() {
    String html = "<html><head><title>Bridge reopens after repairs</title></head><body>"
        + "<h1 class=logo>The Daily Example</h1><div class=site-header__date>Nov. 20, 2019</div>"
        + "<article><h1>Bridge reopens after repairs</h1>" + PARAGRAPHS + "</article></body></html>";

    assertThat(extractor.extract(html, null, FETCHED).published()).isEmpty();
  }

  @Test
  void relativeDatesCountBackFromTheFetch() {
    assertThat(dateOf("", "<span class=timestamp>2 hours ago</span>", null).map(PublicationDate::iso))
        .contains("2019-11-20T10:00:00Z");
    assertThat(dateOf("", "<span class=timestamp>3 days ago</span>", null).map(PublicationDate::iso))
        .contains("2019-11-17");
  }

  @Test
  void relativeDatesAreNotReadWithoutAFetchTime() {
    String html = "<html><head><title>Bridge reopens after repairs</title></head><body><article>"
        + "<h1>Bridge reopens after repairs</h1><span class=timestamp>2 hours ago</span>" + PARAGRAPHS
        + "</article></body></html>";

    assertThat(extractor.extract(html, null).published()).isEmpty();
  }

  @Test
  void futureDatesAreRefused() {
    String head = "<meta property=\"article:published_time\" content=\"2019-11-25T08:00:00Z\">";

    assertThat(dateOf(head, "", "https://news.example/2019/11/19/bridge").map(PublicationDate::source))
        .contains(Source.URL);
    // Up to a day ahead is newsroom clocks and time zones.
    assertThat(dateOf("<meta property=\"article:published_time\" content=\"2019-11-21T08:00:00+10:00\">", "", null))
        .isPresent();
  }

  @Test
  void datesBefore1995AreRefusedFromTheTextButKeptFromMetadata() {
    assertThat(dateOf("", "<div class=date>Born March 5, 1950</div>", null)).isEmpty();

    // An archive states an old article's date in its metadata: that is the article's date.
    String head = "<meta property=\"article:published_time\" content=\"1994-12-31T08:00:00Z\">";
    assertThat(dateOf(head, "<div class=date>Born March 5, 1950</div>", null)
        .map(PublicationDate::date)).contains(java.time.LocalDate.of(1994, 12, 31));
  }

  @Test
  void aUtcStampIsPutOnTheNewsroomsClockWhenThePageShowsTheSameMoment() {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2019-11-20T01:50:59Z\"}</script>";

    PublicationDate d = dateOf(head, "<div class=timestamp>Nov. 19, 2019 5:50 PM</div>", null).orElseThrow();

    assertThat(d.iso()).isEqualTo("2019-11-19T17:50:59-08:00");
    assertThat(d.toOffsetDateTime().orElseThrow().toInstant()).isEqualTo(Instant.parse("2019-11-20T01:50:59Z"));
  }

  @Test
  void aVisibleStampOfAnotherMomentDoesNotMoveTheStructuredDate() {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2019-11-20T01:50:59Z\"}</script>";

    assertThat(dateOf(head, "<div class=timestamp>Nov. 19, 2019 5:12 PM</div>", null).map(PublicationDate::iso))
        .contains("2019-11-20T01:50:59Z");
  }

  @Test
  void aTimeElementLabelledAsTheUpdateIsNotThePublication() {
    String header = "<p>Updated <time datetime=\"2019-11-07T09:00:00Z\">Nov. 7</time></p>";

    assertThat(dateOf("", header, "https://news.example/2019/11/05/bridge").map(PublicationDate::source))
        .contains(Source.URL);
  }
}
