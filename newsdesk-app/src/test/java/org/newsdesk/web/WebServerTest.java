package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.feeds.FeedParse;
import org.newsdesk.ingest.feeds.FeedParser;
import org.newsdesk.store.Database;
import org.newsdesk.store.TestStore;

/** The web UI and API over a real store and a real HTTP server. */
class WebServerTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static WebServer server;
  private static Database db;
  private static long seedId;
  private static long hostileId;
  private static long reprintId;
  private static org.newsdesk.search.SearchIndex index;

  @BeforeAll
  static void start() throws Exception {
    db = TestStore.fresh();
    seedId = WebFixture.analyzed(db, "https://example.com/kim-putin", "Kim pledges support",
        "Example News", WebFixture.seedText(), LocalDate.of(2023, 9, 13));
    hostileId = WebFixture.analyzed(db, "https://example.com/hostile", "<b>Bold</b> title",
        "Example News", "The mayor of Paris said \"<script>alert(1)</script> is not news\" on "
            + "Monday.\nShe spoke in Paris.", LocalDate.of(2023, 9, 14));
    // The same report from another outlet that types its quotes differently: one story, the
    // same quotes twice.
    reprintId = WebFixture.analyzed(db, "https://example.org/kim-putin", "Kim backs Putin",
        "Other News", WebFixture.seedText().replace("‘", "\"").replaceAll("’(?=\\w)", "'")
            .replace("’", "\"").replace("always be standing", "always  be  standing"),
        LocalDate.of(2023, 9, 15));
    index = org.newsdesk.search.SearchIndex.open(
        java.nio.file.Files.createTempDirectory("newsdesk-web-index"));
    new org.newsdesk.search.SearchIndexer(new org.newsdesk.store.SearchSource(db), index)
        .reindexAll((done, total) -> { });
    server = new WebServer(db, Optional.of(index), TestSecurity.open()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  @Test
  void searchFindsBySpeakerWithSnippetsFacetsAndAFeed() throws Exception {
    HttpResponse<String> r = get("/search?q=" + java.net.URLEncoder.encode(
        "speaker:\"Kim Jong-Un\"", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("href=\"/articles/" + seedId + "\"")
        .doesNotContain("href=\"/articles/" + hostileId + "\"");
    assertThat(r.body()).as("facet links").contains("/search?q=").contains("&amp;entity=");

    String words = get("/search?q=unconditional+support").body();
    assertThat(words).contains("<mark>");

    HttpResponse<String> bad = get("/search?q=" + java.net.URLEncoder.encode("speaker:(",
        StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("class=\"status\"");

    JsonNode api = new ObjectMapper().readTree(get("/api/search?q=Paris").body());
    assertThat(api.path("hits").get(0).path("id").asLong()).isEqualTo(hostileId);
    assertThat(get("/feeds/search?q=Paris").body()).contains("/articles/" + hostileId);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void anArticlePageMarksQuotesAndEntitiesAndAnchorsEverySentence() throws Exception {
    HttpResponse<String> r = get("/articles/" + seedId);
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html).contains("<h1>Kim pledges support</h1>");
    assertThat(html).contains("id=\"s0\"").contains("<q class=\"quote\"");
    assertThat(html).containsPattern("<a class=\"entity person\" href=\"/entities/\\d+\">Kim Jong-Un</a>");
    assertThat(html).as("facts link to their sentence").containsPattern("href=\"#s\\d+\"");
  }

  @Test
  void theHomePageRanksStoriesAndAStoryPageShowsQuotesPeopleAndTimeline() throws Exception {
    String home = get("/").body();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<a href=\"/stories/(\\d+)\">Kim pledges support</a>").matcher(home);
    assertThat(m.find()).as(home).isTrue();
    assertThat(org.jsoup.Jsoup.parse(home).select("ol.stories > li:has(a[href=/stories/"
        + m.group(1) + "]) .lead").text()).as("the first article's first sentence")
        .isEqualTo(Lead.of(WebFixture.seedText())).isNotEmpty();
    HttpResponse<String> story = get("/stories/" + m.group(1));
    assertThat(story.statusCode()).isEqualTo(200);
    assertThat(story.body()).contains("Who said what").contains("full and unconditional support")
        .containsPattern("href=\"/entities/\\d+\">Vladimir Putin</a>")
        .contains("href=\"/articles/" + seedId + "\"")
        .contains("href=\"/places/RU\"");
    JsonNode api = new ObjectMapper().readTree(get("/api/stories/" + m.group(1)).body());
    assertThat(api.path("timeline").get(0).path("id").asLong()).isEqualTo(seedId);
    assertThat(get("/feeds/stories/" + m.group(1)).body()).contains("/articles/" + seedId);
    HttpResponse<String> russia = get("/places/RU");
    assertThat(russia.statusCode()).isEqualTo(200);
    assertThat(russia.body()).contains("<h1>Russia").contains("/stories/" + m.group(1))
        .contains("class=\"world-map\"").contains("highlighted");
    assertThat(get("/places/XX").statusCode()).isEqualTo(404);
    assertThat(get("/?place=RU").body()).contains("/stories/" + m.group(1))
        .doesNotContain("&lt;b&gt;Bold");
  }

  @Test
  void aSectionWhoseListIsEmptyIsLeftOutOrSaysSoInOneLine() throws Exception {
    java.util.Set<String> pages = new java.util.TreeSet<>();
    int hidden = 0;
    for (long article : new long[] {seedId, hostileId}) {
      pages.add("/articles/" + article);
      long story = db.jdbi().withHandle(h -> h.createQuery(
          "select story_id from article where id = :id").bind("id", article)
          .mapTo(Long.class).one());
      pages.add("/stories/" + story);
      // The page shows a heading exactly when the API's list under it has items.
      JsonNode api = new ObjectMapper().readTree(get("/api/stories/" + story).body());
      String page = get("/stories/" + story).body();
      java.util.regex.Matcher links = java.util.regex.Pattern
          .compile("href=\"(/entities/\\d+|/places/[A-Z]{2})\"").matcher(page);
      while (links.find()) {
        pages.add(links.group(1));
      }
      java.util.Map<String, String> sections = java.util.Map.of("claims", "Claims and denials",
          "events", "Events", "people", "People", "organizations", "Organizations",
          "places", "Places");
      for (var section : sections.entrySet()) {
        boolean empty = api.path(section.getKey()).isEmpty();
        hidden += empty ? 1 : 0;
        assertThat(page.contains("<h2>" + section.getValue() + "</h2>")).as(story + " "
            + section.getValue()).isEqualTo(!empty);
      }
      boolean noQuotes = api.path("keyQuotes").isEmpty();
      assertThat(page.contains("No attributed quotes.")).as("quotes").isEqualTo(noQuotes);
    }
    assertThat(hidden).as("the fixture's stories leave some list empty").isPositive();
    assertThat(pages).anyMatch(p -> p.startsWith("/entities/")).anyMatch(p -> p.startsWith("/places/"));
    for (String path : pages) {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(get(path).body());
      for (org.jsoup.nodes.Element part : doc.select("main section, main aside, main .columns")) {
        assertThat(part.ownText()).as(path + ": loose text in a " + part.tagName()).isBlank();
      }
      for (org.jsoup.nodes.Element heading : doc.select("main h2, main h3, article h3")) {
        org.jsoup.nodes.Element next = heading.nextElementSibling();
        assertThat(next).as(path + ": " + heading.text() + " has nothing under it").isNotNull();
        if (next.is("ul, ol")) {
          assertThat(next.children()).as(path + ": " + heading.text() + " lists nothing")
              .isNotEmpty();
        } else if (next.is("h2, h3")) {
          assertThat(next.tagName()).as(path + ": " + heading.text() + " is followed by a heading"
              + " of its own rank").isGreaterThan(heading.tagName());
        }
      }
    }
  }

  @Test
  void aQuoteOrClaimTwoArticlesCarryIsShownOnceWithTheEarliestAndTheirCount() throws Exception {
    long story = storyOf(seedId);
    assertThat(storyOf(reprintId)).as("the reprint joins the story").isEqualTo(story);
    JsonNode api = new ObjectMapper().readTree(get("/api/stories/" + story).body());
    JsonNode quotes = api.path("keyQuotes");
    assertThat(words(quotes)).doesNotHaveDuplicates();
    assertThat(words(api.path("claims"))).doesNotHaveDuplicates();
    JsonNode shared = null;
    for (JsonNode q : quotes) {
      if (q.path("articles").asInt() == 2) {
        shared = q;
      }
    }
    assertThat(shared).as("a quote both articles carry: " + quotes).isNotNull();
    assertThat(shared.path("articleId").asLong()).as("links the earlier article").isEqualTo(seedId);

    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/stories/" + story).body());
    var items = page.select("ul.quotes > li");
    assertThat(items).hasSize(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      JsonNode q = quotes.get(i);
      assertThat(items.get(i).text()).contains(q.path("text").asText());
      assertThat(items.get(i).select("a[href=/articles/" + q.path("articleId").asLong() + "#s"
          + q.path("sentence").asInt() + "]")).isNotEmpty();
      assertThat(items.get(i).text().contains("in 2 articles"))
          .isEqualTo(q.path("articles").asInt() == 2);
    }

    JsonNode documented = new ObjectMapper().readTree(get("/api/openapi.json").body())
        .path("components").path("schemas").path("KeyQuote").path("properties");
    shared.fieldNames().forEachRemaining(field ->
        assertThat(documented.has(field)).as("documented: " + field).isTrue());
  }

  /** The texts of quotes or claims as a reader compares them: words only. */
  private static java.util.List<String> words(JsonNode rows) {
    java.util.List<String> out = new java.util.ArrayList<>();
    rows.forEach(r -> out.add(r.path("text").asText().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip()));
    return out;
  }

  private static long storyOf(long article) {
    return db.jdbi().withHandle(h -> h.createQuery(
        "select story_id from article where id = :id").bind("id", article)
        .mapTo(Long.class).one());
  }

  @Test
  void theHomePageAndItsApiGoBackPageByPageThroughTheWholeRanking() throws Exception {
    // Older stories straight into the ranking's table: analysing a page's worth would take
    // minutes. Dated years before the fixture's, they rank after its stories.
    db.jdbi().useHandle(h -> h.execute("""
        insert into story (title, first_published, last_published, articles, independent_sources)
        select 'Archive story ' || n, timestamptz '2019-01-01' + n * interval '1 day',
          timestamptz '2019-01-01' + n * interval '1 day', 1, 1 from generate_series(1, ?) n""",
        StoryPaging.SIZE + 5));
    java.util.List<Long> ranking = new java.util.ArrayList<>();
    new ObjectMapper().readTree(get("/api/stories?limit=500").body())
        .forEach(s -> ranking.add(s.path("id").asLong()));
    assertThat(ranking.size()).isGreaterThan(StoryPaging.SIZE);

    java.util.List<Long> walked = new java.util.ArrayList<>();
    String path = "/";
    int pages = 0;
    while (path != null) {
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get(path).body());
      page.select("ol.stories > li > a").forEach(a ->
          walked.add(Long.parseLong(a.attr("href").replace("/stories/", ""))));
      assertThat(page.select("a[rel=prev]").isEmpty()).as(path).isEqualTo(pages == 0);
      if (pages > 0) {
        assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo(
            pages == 1 ? "/" : "/?page=" + (pages - 1));
      }
      path = page.select("a[rel=next]").isEmpty() ? null : page.select("a[rel=next]").attr("href");
      pages++;
    }
    assertThat(walked).as("every story once, in ranking order").isEqualTo(ranking);
    assertThat(pages).isEqualTo((ranking.size() + StoryPaging.SIZE - 1) / StoryPaging.SIZE);

    java.util.List<Long> second = new java.util.ArrayList<>();
    new ObjectMapper().readTree(get("/api/stories?limit=" + StoryPaging.SIZE + "&offset="
        + StoryPaging.SIZE).body()).forEach(s -> second.add(s.path("id").asLong()));
    assertThat(second).isEqualTo(ranking.subList(StoryPaging.SIZE, ranking.size()));
    assertThat(get("/?page=" + pages).statusCode()).isEqualTo(404);
    assertThat(get("/?place=RU").body()).as("one filtered page: no paging")
        .doesNotContain("class=\"paging\"");
  }

  @Test
  void markupInArticlesAndTitlesIsEscapedNeverExecuted() throws Exception {
    String html = get("/articles/" + hostileId).body();
    assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>Bold</b>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;b&gt;Bold&lt;/b&gt; title");
  }

  @Test
  void anEntityPageShowsItsQuotesChartAndArticles() throws Exception {
    String article = get("/articles/" + seedId).body();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("href=\"/entities/(\\d+)\">Kim Jong-Un<").matcher(article);
    assertThat(m.find()).isTrue();
    HttpResponse<String> r = get("/entities/" + m.group(1));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<h1>Kim Jong-Un").contains("<svg class=\"chart\"")
        .contains("full and unconditional support")
        .contains("/articles/" + seedId + "#s");
  }

  @Test
  void everyDocumentedApiPathAnswersJson() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(get("/api/openapi.json").body());
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    String entity = get("/articles/" + seedId).body()
        .replaceAll("(?s).*?href=\"/entities/(\\d+)\".*", "$1");
    String story = get("/").body().replaceAll("(?s).*?href=\"/stories/(\\d+)\".*", "$1");
    Iterator<String> paths = doc.path("paths").fieldNames();
    int checked = 0;
    while (paths.hasNext()) {
      String path = paths.next();
      String concrete = path.startsWith("/api/entities/") ? path.replace("{id}", entity)
          : path.startsWith("/api/stories/") ? path.replace("{id}", story)
          : path.equals("/api/search") ? path + "?q=support"
          : path.startsWith("/api/places/") ? path.replace("{code}", "KP")
          : path.replace("{id}", Long.toString(seedId));
      HttpResponse<String> r = get(concrete);
      assertThat(r.statusCode()).as(concrete).isEqualTo(200);
      assertThat(r.headers().firstValue("content-type").orElse("")).as(concrete)
          .startsWith("application/json");
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(7);
    JsonNode article = new ObjectMapper().readTree(get("/api/articles/" + seedId).body());
    assertThat(article.path("card").path("quotes").size()).isPositive();
  }

  @Test
  void anEntityCanBeFollowedAsAnAtomFeed() throws Exception {
    String article = get("/articles/" + seedId).body();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("href=\"/entities/(\\d+)\">Vladimir Putin<").matcher(article);
    assertThat(m.find()).isTrue();
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + server.port() + "/feeds/entities/" + m.group(1))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
    FeedParse parse = new FeedParser().parse(r.body(), Optional.of("application/atom+xml"),
        Optional.empty());
    assertThat(parse).isInstanceOf(FeedParse.Parsed.class);
    var feed = ((FeedParse.Parsed) parse).feed();
    assertThat(feed.title()).contains("Vladimir Putin · Newsdesk");
    assertThat(feed.items()).extracting(i -> i.link().orElse(""))
        .contains("http://127.0.0.1:" + server.port() + "/articles/" + seedId);
  }

  @Test
  void onlyASignedInAdminWithTheFormsTokenCanAddASource() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String base = "http://127.0.0.1:" + server.port();
    java.util.function.Function<String, String> token = html -> html.replaceAll(
        "(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    java.util.function.BiFunction<String, String, HttpRequest> post = (path, form) ->
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build();

    String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String csrf = token.apply(login);
    String form = "_csrf=" + csrf + "&url=https%3A%2F%2Fexample.org%2Ffeed.xml";
    HttpResponse<String> anonymous = browser.send(post.apply("/admin/sources", form),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("location").orElse("")).startsWith("/login");

    HttpResponse<String> signIn = browser.send(post.apply("/login", "_csrf=" + csrf
        + "&next=%2Fsources&password=" + java.net.URLEncoder.encode(TestSecurity.ADMIN_PASSWORD,
            StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).isEqualTo(303);

    HttpResponse<String> noToken = browser.send(post.apply("/admin/sources",
        "url=https%3A%2F%2Fexample.org%2Ffeed.xml"), HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);

    HttpResponse<String> added = browser.send(post.apply("/admin/sources", form),
        HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).isEqualTo(303);
    String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/sources")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(page).contains("https://example.org/feed.xml").contains("Add feed");
    new org.newsdesk.store.SourceStore(db).health().forEach(h ->
        db.jdbi().useHandle(x -> x.execute("delete from source where id = ?", h.source().id())));
  }

  @Test
  void aMergedAwayStoryRedirectsToTheStoryItBecame() throws Exception {
    long story = db.jdbi().withHandle(h -> h.createQuery(
        "select story_id from article where id = :id").bind("id", seedId).mapTo(Long.class).one());
    db.jdbi().useHandle(h -> h.execute(
        "insert into story_merge (absorbed_id, into_id) values (?, ?)", 987654L, story));

    HttpResponse<String> page = get("/stories/987654");
    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location")).hasValue("/stories/" + story);
    assertThat(get("/api/stories/987654").headers().firstValue("Location"))
        .hasValue("/api/stories/" + story);
    assertThat(get("/feeds/stories/987654").headers().firstValue("Location"))
        .hasValue("/feeds/stories/" + story);
    assertThat(get("/stories/987655").statusCode()).isEqualTo(404);
  }

  @Test
  void healthMetricsAndMissingPages() throws Exception {
    JsonNode health = new ObjectMapper().readTree(get("/health").body());
    assertThat(health.path("status").asText()).isEqualTo("ok");
    assertThat(health.path("articles").path("done").asInt()).isEqualTo(3);
    assertThat(get("/metrics").body()).contains("newsdesk_articles{state=\"done\"} 3.0");
    assertThat(get("/articles/999999").statusCode()).isEqualTo(404);
    assertThat(get("/articles/abc").statusCode()).isEqualTo(404);
    assertThat(get("/no/such/page").body()).contains("There is no page at /no/such/page");
  }
}
