package org.newsdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.analyze.card.CardJson;
import org.newsdesk.analyze.card.InsightCard;
import java.util.List;
import org.newsdesk.search.Facet;
import org.newsdesk.search.SearchException;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.search.SearchResults;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ArticleSummary;
import org.newsdesk.store.ArticleView;
import org.newsdesk.store.ArticleViews;
import org.newsdesk.store.Database;
import org.newsdesk.store.EntityView;
import org.newsdesk.store.EntityViews;
import org.newsdesk.store.StoryViews;
import org.newsdesk.store.EntityCorrections;
import org.newsdesk.web.security.WebSecurity;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.Stage;
import org.newsdesk.store.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web UI, JSON API, health and metrics: Javalin routes over the store's read models. Pages are
 * server-rendered JTE templates that work without JavaScript; every value is escaped, and the
 * article text is rebuilt from the analyzer's plain text, so no HTML from a news site reaches a
 * page.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final Templates templates = new Templates();
  private final ArticleViews articles;
  private final EntityViews entities;
  private final SourceStore sources;
  private final ArticleStore articleStore;
  private final WorkQueue queue;
  private final Database db;
  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Recent<String> homeStatus;
  private final Recent<Map<String, Integer>> articleStates;
  private final Recent<Map<Stage, Integer>> backlog;
  private final StoryViews stories;
  /** Story and article pages, rendered and compressed once per version (see {@link #story}). */
  private final PageCache pages = new PageCache(20_000);
  private final Versions storyVersions;
  private final java.util.concurrent.ConcurrentHashMap<String, Timer> timers =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Versions articleVersions;
  private final java.util.concurrent.atomic.AtomicLong corrections =
      new java.util.concurrent.atomic.AtomicLong();
  private final Optional<SearchIndex> search;
  private final WebSecurity security;

  /**
   * The web UI; with a search index, also the search page, API and feed. {@code security}
   * guards forms (CSRF) and the admin actions (login).
   */
  public WebServer(Database db, Optional<SearchIndex> search, WebSecurity security) {
    this(db, search, security, List.of());
  }

  /** The web UI with routes other modules add ({@code extra}: the digest's pages). */
  public WebServer(Database db, Optional<SearchIndex> search, WebSecurity security,
      List<RouteGroup> extra) {
    this.db = db;
    this.search = search;
    this.security = security;
    this.articles = new ArticleViews(db);
    this.entities = new EntityViews(db);
    this.sources = new SourceStore(db);
    this.articleStore = new ArticleStore(db);
    this.queue = new WorkQueue(db);
    HomeStatus status = new HomeStatus(sources, articleStore, queue);
    this.homeStatus = new Recent<>(status::line, java.time.Duration.ofSeconds(5));
    this.articleStates = new Recent<>(articleStore::countByState, java.time.Duration.ofSeconds(5));
    this.backlog = new Recent<>(queue::backlog, java.time.Duration.ofSeconds(5));
    this.stories = new StoryViews(db);
    this.storyVersions = new Versions(id -> stories.updatedAt(id).map(Object::toString),
        java.time.Duration.ofSeconds(1), 100_000);
    this.articleVersions = new Versions(articles::version, java.time.Duration.ofSeconds(1),
        100_000);
    registerGauges();
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new io.javalin.json.JavalinJackson(ApiJson.mapper(), false));
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/web/static";
        s.location = Location.CLASSPATH;
      });
      security.configure(config.jetty);
      security.install(config.routes);
      config.routes.before("/admin/*", security.admin()::requireAdmin);
      config.routes.get("/", this::home);
      config.routes.post("/admin/sources", this::addSource);
      config.routes.post("/admin/sources/import", this::importSources);
      config.routes.post("/admin/entities/{id}/merge", this::mergeEntity);
      config.routes.post("/admin/entities/{id}/split", this::splitEntity);
      config.routes.get("/articles/{id}", this::article);
      config.routes.get("/stories/{id}", this::story);
      config.routes.get("/places/{code}", this::place);
      config.routes.get("/feeds/stories/{id}", this::storyFeed);
      config.routes.get("/api/stories", ctx -> ctx.json(stories.ranked(
          Math.min(ctx.queryParamAsClass("limit", Integer.class).getOrDefault(50), 500),
          Math.max(0, ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0)),
          Optional.ofNullable(ctx.queryParam("place")).filter(p -> !p.isBlank()),
          Optional.ofNullable(ctx.queryParam("topic")).filter(t -> !t.isBlank()))));
      config.routes.get("/api/stories/{id}", ctx -> ctx.json(stories.byId(id(ctx))
          .orElseThrow(() -> missingStory(id(ctx)))));
      config.routes.get("/entities", this::entityList);
      config.routes.get("/entities/{id}", this::entity);
      config.routes.get("/sources", this::sourceList);
      config.routes.get("/feeds/entities/{id}", this::entityFeed);
      config.routes.get("/search", this::searchPage);
      config.routes.get("/api/search", this::searchJson);
      config.routes.get("/feeds/search", this::searchFeed);
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
          .result(OpenApi.document()));
      Pages pages = new Pages(templates, security);
      extra.forEach(group -> group.addTo(config.routes, pages));
      config.routes.get("/health", this::health);
      config.routes.get("/metrics", this::prometheus);
      config.routes.get("/api/articles", ctx -> ctx.json(articles.latest(
          Math.min(ctx.queryParamAsClass("limit", Integer.class).getOrDefault(50), 500),
          ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0))));
      config.routes.get("/api/articles/{id}", this::articleJson);
      config.routes.get("/api/places/{code}", ctx -> ctx.json(placeView(ctx.pathParam("code"))));
      config.routes.get("/api/entities/{id}", ctx -> ctx.json(entities.byId(id(ctx))
          .orElseThrow(() -> new NotFound("no entity " + ctx.pathParam("id")))));
      config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
      config.routes.exception(StoryMoved.class, (e, ctx) ->
          ctx.redirect(e.location(ctx.path()), io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
      config.routes.exception(NumberFormatException.class,
          (e, ctx) -> error(ctx, 404, "no such page"));
      config.routes.exception(Exception.class, (e, ctx) -> {
        log.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "The page could not be made; the error is in the server log.");
      });
      config.routes.error(404, ctx -> {
        if (ctx.attribute("errorPage") == null) {
          error(ctx, 404, "There is no page at " + ctx.path() + ".");
        }
      });
      config.routes.before(ctx -> ctx.attribute("started", System.nanoTime()));
      config.routes.after(ctx -> {
        Long started = ctx.attribute("started");
        // The route that answered, not this after-handler's own "*" (every request was
        // counted under route="*").
        var route = ctx.endpoints().lastHttpEndpoint();
        if (started != null && route != null) {
          timer(route.path, ctx.statusCode())
              .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
      });
    });
  }

  /**
   * The request timer of a route and status, built once: building it per request (its tags and
   * id) was a few hundred bytes of garbage on every page served.
   */
  private Timer timer(String route, int status) {
    return timers.computeIfAbsent(route + " " + status, k ->
        Timer.builder("newsdesk_http_requests").tag("route", route)
            .tag("status", Integer.toString(status)).register(metrics));
  }

  public WebServer start(String host, int port) {
    app.start(host, port);
    log.info("web UI at http://{}:{}/", host, app.port());
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The registry /metrics shows, for other modules' meters (the mail's, the digests'). */
  public io.micrometer.core.instrument.MeterRegistry metrics() {
    return metrics;
  }

  private void home(Context ctx) {
    String place = Optional.ofNullable(ctx.queryParam("place")).orElse("").strip();
    String topic = Optional.ofNullable(ctx.queryParam("topic")).orElse("").strip();
    int page = StoryPaging.requested(ctx.queryParam("page"));
    if (page > StoryPaging.MAX_PAGE) {
      throw new NotFound("The list of stories goes back " + StoryPaging.MAX_PAGE
          + " pages; search finds older ones.");
    }
    // One more than a page tells whether an older page exists without counting them all.
    var ranked = stories.ranked(StoryPaging.SIZE + 1, page * StoryPaging.SIZE,
        Optional.of(place).filter(p -> !p.isEmpty()), Optional.of(topic).filter(t -> !t.isEmpty()));
    if (page > 0 && ranked.isEmpty()) {
      throw new NotFound("There are no stories this far back.");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    var shown = ranked.subList(0, Math.min(ranked.size(), StoryPaging.SIZE));
    params.put("stories", shown);
    Map<Long, String> leads = new java.util.HashMap<>();
    stories.openings(shown.stream().map(s -> s.id()).toList())
        .forEach((story, opening) -> leads.put(story, Lead.of(opening)));
    params.put("leads", leads);
    params.put("paging", new StoryPaging(page, ranked.size() > StoryPaging.SIZE, place, topic));
    params.put("articles", ranked.isEmpty() && place.isEmpty() && topic.isEmpty()
        ? articles.latest(50, 0) : List.of());
    params.put("countries", stories.countries(12));
    params.put("topics", stories.eventTypes());
    params.put("place", place);
    params.put("topic", topic);
    params.put("status", homeStatus.get());
    params.put("admin", security.admin().isAdmin(ctx));
    html(ctx, "home.jte", params);
  }

  private void place(Context ctx) {
    var view = placeView(ctx.pathParam("code"));
    html(ctx, "place.jte", Map.of("place", view, "mapSvg", PlaceMap.svg(view)));
  }

  private org.newsdesk.store.PlaceView placeView(String code) {
    if (!code.matches("[A-Za-z]{2}")) {
      throw new NotFound("There is no place " + code + ".");
    }
    return stories.place(code).orElseThrow(() -> new NotFound("No article is placed in " + code + " yet."));
  }

  private void story(Context ctx) {
    long id = id(ctx);
    // A story page is a dozen queries; it changes only when an article joins (or an entity is
    // corrected), so the page is rendered once per change and served from memory in between.
    String version = storyVersions.of(id).orElseThrow(() -> missingStory(id)) + "#"
        + corrections.get();
    pages.get("story:" + id, version, () -> renderStory(id)).send(ctx);
  }

  private String renderStory(long id) {
    var page = stories.byId(id)
        .orElseThrow(() -> new NotFound("There is no story " + id + "."));
    var credits = articles.credits(page.timeline().stream().map(ArticleSummary::id).toList());
    return templates.render("story.jte", Map.of("story", page,
        "credits", StoryCredits.of(page.timeline(), credits)));
  }

  private static List<ArticleSummary> newestFirst(List<ArticleSummary> timeline) {
    List<ArticleSummary> out = new java.util.ArrayList<>(timeline);
    java.util.Collections.reverse(out);
    return out;
  }

  private void storyFeed(Context ctx) {
    long id = id(ctx);
    var page = stories.byId(id).orElseThrow(() -> missingStory(id));
    String base = baseUrl(ctx);
    ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeeds.of(
        page.summary().title() + " · Newsdesk", base + "/stories/" + page.summary().id(),
        base + ctx.path(), base + "/stories/" + page.summary().id(), base,
        newestFirst(page.timeline())));
  }

  private void article(Context ctx) {
    long id = id(ctx);
    // Like a story page: three queries and the card's JSON parsed, for a page that changes only
    // when the article moves on in the pipeline, gains a copy, or an entity is corrected.
    String version = articleVersions.of(id)
        .orElseThrow(() -> new NotFound("There is no article " + ctx.pathParam("id") + "."))
        + "#" + corrections.get();
    pages.get("article:" + id, version, () -> renderArticle(id)).send(ctx);
  }

  private String renderArticle(long id) {
    ArticleView view = articles.byId(id)
        .orElseThrow(() -> new NotFound("There is no article " + id + "."));
    InsightCard card = view.cardJson().map(CardJson::read).orElse(null);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("article", view);
    params.put("card", card);
    params.put("blocks", card == null ? java.util.List.of()
        : ArticleMarkup.blocks(card, view.entityIds()));
    return templates.render("article.jte", params);
  }

  private void articleJson(Context ctx) {
    ArticleView view = articles.byId(id(ctx))
        .orElseThrow(() -> new NotFound("no article " + ctx.pathParam("id")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", view.summary().id());
    out.put("url", view.summary().url());
    out.put("title", view.summary().title().orElse(null));
    out.put("source", view.summary().source().orElse(null));
    out.put("published", view.summary().publishedAt().map(Object::toString).orElse(null));
    out.put("state", view.summary().state());
    out.put("alsoPublishedAt", view.copies());
    out.put("licence", view.credit().licence().orElse(null));
    out.put("attribution", view.credit().attribution().orElse(null));
    out.put("card", view.cardJson().map(CardJson::read).orElse(null));
    ctx.json(out);
  }

  private void entityList(Context ctx) {
    html(ctx, "entities.jte", Map.of(
        "people", entities.top(Optional.of("PERSON"), 50),
        "organizations", entities.top(Optional.of("ORGANIZATION"), 50),
        "countries", entities.top(Optional.of("COUNTRY"), 50)));
  }

  private void entity(Context ctx) {
    EntityView view = entities.byId(id(ctx))
        .orElseThrow(() -> new NotFound("There is no entity " + ctx.pathParam("id") + "."));
    html(ctx, "entity.jte", Map.of("entity", view,
        "chartSvg", MentionChart.svg(view.mentionsByDay()),
        "admin", security.admin().isAdmin(ctx), "csrf", security.csrf().token(ctx),
        "message", Optional.ofNullable(ctx.queryParam("done")).orElse("")));
  }

  private void entityFeed(Context ctx) {
    EntityView view = entities.byId(id(ctx))
        .orElseThrow(() -> new NotFound("There is no entity " + ctx.pathParam("id") + "."));
    String base = baseUrl(ctx);
    ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeeds.of(
        view.name() + " · Newsdesk", base + "/entities/" + view.id(), base + ctx.path(),
        base + "/entities/" + view.id(), base, view.articles()));
  }

  /** This server's address as the request reached it, for absolute links in feeds. */
  private static String baseUrl(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private SearchResults runSearch(Context ctx, int limit) {
    SearchIndex index = search.orElseThrow(() -> new NotFound("Search is not available here."));
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    int page = Math.max(0, ctx.queryParamAsClass("page", Integer.class).getOrDefault(0));
    SearchQuery query = SearchQuery.of(q).withAllFacets().withPage(page * limit, limit);
    for (Facet f : Facet.values()) {
      List<String> values = ctx.queryParams(f.dim());
      if (!values.isEmpty()) {
        query = query.withFilter(f, values.toArray(String[]::new));
      }
    }
    return index.search(query);
  }

  private void searchPage(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("q", q);
    params.put("filters", SearchLinks.filters(ctx));
    if (q.isEmpty()) {
      params.put("results", null);
      params.put("error", "");
    } else {
      try {
        params.put("results", runSearch(ctx, 20));
        params.put("error", "");
      } catch (SearchException e) {
        params.put("results", null);
        params.put("error", e.getMessage());
        ctx.status(e.badQuery() ? 400 : 500);
      }
    }
    params.put("links", new SearchLinks(ctx));
    html(ctx, "search.jte", params);
  }

  private void searchJson(Context ctx) {
    try {
      ctx.json(runSearch(ctx, Math.min(100,
          ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20))));
    } catch (SearchException e) {
      ctx.status(e.badQuery() ? 400 : 500).json(Map.of("error", e.getMessage()));
    }
  }

  private void searchFeed(Context ctx) {
    SearchResults results = runSearch(ctx, 50);
    String base = baseUrl(ctx);
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    List<ArticleSummary> items = results.hits().stream()
        .map(h -> articles.byId(h.id()).map(ArticleView::summary).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
    ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeeds.of(
        "Search: " + q + " · Newsdesk", base + "/search?q=" + SearchLinks.encode(q),
        base + ctx.path() + "?" + ctx.queryString(), base + "/search?q=" + SearchLinks.encode(q),
        base, items));
  }

  private void sourceList(Context ctx) {
    html(ctx, "sources.jte", Map.of("sources", sources.health(),
        "admin", security.admin().isAdmin(ctx), "csrf", security.csrf().token(ctx),
        "message", Optional.ofNullable(ctx.queryParam("done")).orElse("")));
  }

  private void addSource(Context ctx) {
    String url = Optional.ofNullable(ctx.formParam("url")).orElse("").strip();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      ctx.redirect("/sources?done=" + SearchLinks.encode("Not an http(s) URL: " + url), HttpStatus.SEE_OTHER);
      return;
    }
    SourceStore.Added added = sources.add(url, Optional.empty(), Optional.empty(),
        Optional.ofNullable(ctx.formParam("category")).filter(c -> !c.isBlank()));
    log.info("admin added source {} {}", added.id(), url);
    ctx.redirect("/sources?done=" + SearchLinks.encode(added.created()
        ? "Added; its first poll is due now." : "Already a source."), HttpStatus.SEE_OTHER);
  }

  private void importSources(Context ctx) throws java.io.IOException {
    var file = ctx.uploadedFile("opml");
    if (file == null) {
      ctx.redirect("/sources?done=" + SearchLinks.encode("No file chosen."), HttpStatus.SEE_OTHER);
      return;
    }
    byte[] bytes;
    try (var in = file.content()) {
      bytes = in.readNBytes(5 * 1024 * 1024);
    }
    var result = new org.newsdesk.ingest.feeds.OpmlReader().read(bytes);
    String message;
    if (result instanceof org.newsdesk.ingest.feeds.OpmlImport.Imported imported) {
      int created = org.newsdesk.ingest.feeds.Subscriptions.addAll(imported.subscriptions(),
          sub -> sources.add(sub.xmlUrl(), sub.title(), sub.htmlUrl(), sub.category()).created());
      message = "Imported " + created + " new source(s), "
          + (imported.subscriptions().size() - created) + " already present"
          + (imported.problems().isEmpty() ? "." : "; " + imported.problems().size()
              + " problem(s): " + imported.problems().get(0));
    } else {
      message = "Not an OPML file: "
          + ((org.newsdesk.ingest.feeds.OpmlImport.Failed) result).message();
    }
    ctx.redirect("/sources?done=" + SearchLinks.encode(message), HttpStatus.SEE_OTHER);
  }

  private void mergeEntity(Context ctx) {
    long from = id(ctx);
    long into = Long.parseLong(Optional.ofNullable(ctx.formParam("into")).orElse("").strip());
    try {
      new EntityCorrections(db).merge(from, into);
    } catch (IllegalArgumentException e) {
      ctx.redirect("/entities/" + from + "?done=" + SearchLinks.encode(e.getMessage()),
          HttpStatus.SEE_OTHER);
      return;
    }
    corrections.incrementAndGet();
    log.info("admin merged entity {} into {}", from, into);
    ctx.redirect("/entities/" + into + "?done=" + SearchLinks.encode(
        "Merged; later articles naming it land here too."), HttpStatus.SEE_OTHER);
  }

  private void splitEntity(Context ctx) {
    long entity = id(ctx);
    List<Long> articleIds = ctx.formParams("article").stream().map(Long::parseLong).toList();
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    if (articleIds.isEmpty() || name.isEmpty()) {
      ctx.redirect("/entities/" + entity + "?done=" + SearchLinks.encode(
          "Choose articles and give the other entity's name."), HttpStatus.SEE_OTHER);
      return;
    }
    long target = new EntityCorrections(db).split(entity, articleIds, name);
    corrections.incrementAndGet();
    log.info("admin split {} article(s) from entity {} to {}", articleIds.size(), entity, target);
    ctx.redirect("/entities/" + target + "?done=" + SearchLinks.encode("Split off."),
        HttpStatus.SEE_OTHER);
  }

  private void health(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      out.put("articles", articleStore.countByState());
      out.put("backlog", queue.backlog());
      out.put("status", "ok");
      ctx.json(out);
    } catch (RuntimeException e) {
      out.put("status", "database unavailable: " + e.getMessage());
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(out);
    }
  }

  private void prometheus(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private void registerGauges() {
    for (Stage stage : Stage.values()) {
      Gauge.builder("newsdesk_work_backlog", backlog, b -> b.get().get(stage))
          .tag("stage", stage.name().toLowerCase(java.util.Locale.ROOT))
          .description("articles waiting for a pipeline stage").register(metrics);
    }
    for (String state : java.util.List.of("done", "duplicate", "skipped", "failed")) {
      Gauge.builder("newsdesk_articles", articleStates,
              s -> s.get().getOrDefault(state, 0))
          .tag("state", state).description("articles by state").register(metrics);
    }
  }

  private void html(Context ctx, String template, Map<String, Object> params) {
    ctx.html(templates.render(template, params));
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute("errorPage", Boolean.TRUE);
    ctx.status(status);
    ctx.html(templates.render("error.jte", Map.of("status", status, "message", message)));
  }

  private static long id(Context ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A story that is not there: merged into another (a redirect), or never was (404). */
  private RuntimeException missingStory(long id) {
    return stories.mergedInto(id).<RuntimeException>map(into -> new StoryMoved(into))
        .orElseGet(() -> new NotFound("There is no story " + id + "."));
  }

  /** A story merged into another; its pages, feed and API answer from the new id. */
  static final class StoryMoved extends RuntimeException {
    private final long into;

    StoryMoved(long into) {
      super(null, null, false, false);
      this.into = into;
    }

    /** The same path with its last segment, the story id, replaced. */
    String location(String path) {
      return path.substring(0, path.lastIndexOf('/') + 1) + into;
    }
  }

  /** A page asked for that does not exist. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
