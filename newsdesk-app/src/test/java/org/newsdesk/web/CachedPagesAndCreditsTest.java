package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.ArticleCredit;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoryViews;
import org.newsdesk.store.TestStore;

/**
 * Story and article pages as a crowd of readers gets them (from the page cache: gzip, ETag, 304,
 * no cookie), and the credit a licensed article must be shown with.
 */
class CachedPagesAndCreditsTest {

  private static final String WIKINEWS_URL = "https://en.wikinews.org/wiki/Kim_pledges_support";
  private static final String ATTRIBUTION = "Kim pledges support, Wikinews, the free news source"
      + " (2023-09-13). Text by Wikinews contributors, licensed under CC BY 2.5.";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static WebServer server;
  private static long credited;
  private static long plain;
  private static long creditedStory;

  @BeforeAll
  static void start() throws Exception {
    Database db = TestStore.fresh();
    credited = WebFixture.analyzed(db, WIKINEWS_URL, "Kim pledges support", "Wikinews",
        WebFixture.seedText(), LocalDate.of(2023, 9, 13),
        new ArticleCredit(Optional.of("CC BY 2.5"), Optional.of(ATTRIBUTION)));
    plain = WebFixture.analyzed(db, "https://example.com/oslo", "Rain in Oslo", "Example News",
        "The mayor of Oslo said on Monday that the rain would stop.\nIt did not.",
        LocalDate.of(2023, 9, 20));
    creditedStory = new StoryViews(db).ranked(50, Optional.empty(), Optional.empty()).stream()
        .filter(s -> new StoryViews(db).byId(s.id()).orElseThrow().timeline().stream()
            .anyMatch(a -> a.id() == credited))
        .findFirst().orElseThrow().id();
    server = new WebServer(db, Optional.empty(), TestSecurity.open()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anArticlePageShowsItsAttributionAndLicence() throws Exception {
    String page = get("/articles/" + credited).body();
    assertThat(page).contains("class=\"credit\"")
        .contains("Text by Wikinews contributors, licensed under CC BY 2.5.")
        .contains("Licence: CC BY 2.5")
        .contains("href=\"" + WIKINEWS_URL + "\"");
    assertThat(get("/articles/" + plain).body()).doesNotContain("class=\"credit\"");
  }

  @Test
  void theArticleApiCarriesLicenceAndAttribution() throws Exception {
    JsonNode a = new ObjectMapper().readTree(get("/api/articles/" + credited).body());
    assertThat(a.path("licence").asText()).isEqualTo("CC BY 2.5");
    assertThat(a.path("attribution").asText()).isEqualTo(ATTRIBUTION);
    JsonNode p = new ObjectMapper().readTree(get("/api/articles/" + plain).body());
    // The API leaves out what is null, as for a missing title.
    assertThat(p.path("licence").isMissingNode() || p.path("licence").isNull()).isTrue();
    assertThat(p.path("attribution").isMissingNode() || p.path("attribution").isNull()).isTrue();
  }

  @Test
  void aStoryWithALicensedArticleGivesTheCombinedCreditAndLinksItToItsOriginal()
      throws Exception {
    String page = get("/stories/" + creditedStory).body();
    assertThat(page).contains("News articles from Wikinews, CC BY 2.5.")
        .contains("<a href=\"" + WIKINEWS_URL + "\" rel=\"noopener nofollow\">original</a>");
  }

  @Test
  void cachedPagesComeGzippedWithAnEtagAndRevalidateToNotModified() throws Exception {
    for (String path : new String[] {"/stories/" + creditedStory, "/articles/" + credited}) {
      HttpResponse<String> identity = get(path);
      assertThat(identity.statusCode()).isEqualTo(200);
      assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(identity.headers().allValues("Set-Cookie")).as("no cookie: cacheable").isEmpty();
      String etag = identity.headers().firstValue("ETag").orElseThrow();

      HttpResponse<byte[]> gzip = HTTP.send(request(path).header("Accept-Encoding", "gzip, br")
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
      assertThat(gzip.headers().firstValue("ETag")).contains(etag);
      assertThat(gzip.headers().firstValue("Vary")).hasValueSatisfying(v ->
          assertThat(v).containsIgnoringCase("Accept-Encoding"));
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo(identity.body());
      }

      HttpResponse<String> again = HTTP.send(request(path).header("If-None-Match", etag).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      HttpResponse<String> other = HTTP.send(request(path)
          .header("If-None-Match", "W/\"something-else\"").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(other.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void requestsAreTimedPerRoute() throws Exception {
    get("/stories/" + creditedStory);
    assertThat(get("/metrics").body())
        .contains("newsdesk_http_requests_seconds_count{route=\"/stories/{id}\",status=\"200\"}")
        .doesNotContain("route=\"*\"");
  }

  @Test
  void aMissingStoryOrArticleIsStillNotFound() throws Exception {
    assertThat(get("/stories/999999").statusCode()).isEqualTo(404);
    assertThat(get("/articles/999999").statusCode()).isEqualTo(404);
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(request(path).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
