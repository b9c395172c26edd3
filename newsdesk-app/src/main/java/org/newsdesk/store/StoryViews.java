package org.newsdesk.store;

import static org.newsdesk.store.ArticleStore.optInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Read models of stories: the ranked list of the home page, and a story's page. */
public final class StoryViews {

  private static final String SUMMARY = """
      st.id, st.title, st.articles, st.independent_sources, st.first_published, st.last_published""";

  private final Jdbi jdbi;

  public StoryViews(Database db) {
    this.jdbi = db.jdbi();
  }

  /**
   * Stories ranked by independent sources and freshness: weight = sources × 2^(−age / 24 h),
   * age counted from the newest story in the store (so an archive ranks like a live feed).
   * Optionally only stories placed in a country or holding an event type.
   */
  public List<StoryPage.StorySummary> ranked(int limit, Optional<String> countryCode,
      Optional<String> eventType) {
    return ranked(limit, 0, countryCode, eventType);
  }

  /**
   * As above, after skipping the first {@code offset}: pages of the ranking. The weight moves
   * only when a story gains an article, so the pages hold still between reads.
   */
  public List<StoryPage.StorySummary> ranked(int limit, int offset, Optional<String> countryCode,
      Optional<String> eventType) {
    return jdbi.withHandle(h -> h.createQuery("select " + SUMMARY + """
             from story st
            where st.articles > 0
              and (cast(:cc as text) is null or exists (select 1 from article a join place p
                   on p.article_id = a.id where a.story_id = st.id and p.country_code = :cc))
              and (cast(:type as text) is null or exists (select 1 from article a join event e
                   on e.article_id = a.id where a.story_id = st.id and e.type = :type))
            order by st.independent_sources * power(2, -extract(epoch from
                       ((select max(last_published) from story) - st.last_published)) / 86400.0)
                     desc, st.last_published desc, st.id desc
            limit :limit offset :offset""")
        .bind("cc", countryCode.orElse(null)).bind("type", eventType.orElse(null))
        .bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> summary(rs)).list());
  }

  /**
   * The opening of each story's first article (its first 600 characters: enough for a
   * sentence, far less than a body), by story id; a story whose articles have no text is left out.
   */
  public java.util.Map<Long, String> openings(List<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbi.withHandle(h -> h.createQuery("""
            select distinct on (a.story_id) a.story_id, left(a.body, 600)
            from article a where a.story_id = any(:ids) and a.body is not null and a.body <> ''
            order by a.story_id, coalesce(a.published_at, a.discovered_at), a.id""")
        .bindArray("ids", Long.class, storyIds)
        .setMapKeyColumn("story_id").setMapValueColumn("left")
        .collectInto(new org.jdbi.v3.core.generic.GenericType<java.util.Map<Long, String>>() {}));
  }

  /** Countries and event types present in recent stories, for the home page's filters. */
  public List<String> countries(int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select p.country_code from place p join article a on a.id = p.article_id
            where a.story_id is not null and p.country_code is not null
            group by p.country_code order by count(distinct a.story_id) desc limit :limit""")
        .bind("limit", limit).mapTo(String.class).list());
  }

  public List<String> eventTypes() {
    return jdbi.withHandle(h -> h.createQuery("""
            select e.type from event e join article a on a.id = e.article_id
            where a.story_id is not null group by e.type order by count(*) desc limit 12""")
        .mapTo(String.class).list());
  }

  /** A country (ISO alpha-2): its stories, ranked, and the places named in it. */
  public Optional<PlaceView> place(String countryCode) {
    String cc = countryCode.toUpperCase(java.util.Locale.ROOT);
    Optional<PlaceView> base = jdbi.withHandle(h -> {
      Optional<String> name = h.createQuery(
              "select coalesce(max(name) filter (where type = 'COUNTRY'), max(name)) from place"
                  + " where country_code = :cc")
          .bind("cc", cc).mapTo(String.class).findOne().filter(n -> n != null);
      if (name.isEmpty()) {
        return Optional.<PlaceView>empty();
      }
      List<StoryPage.PlaceCount> places = h.createQuery(
              "select p.name, p.country_code, avg(p.lat), avg(p.lon), count(distinct p.article_id)"
                  + " from place p where p.country_code = :cc group by p.name, p.country_code"
                  + " order by count(distinct p.article_id) desc, p.name limit 50")
          .bind("cc", cc)
          .map((rs, ctx) -> new StoryPage.PlaceCount(rs.getString(1),
              Optional.ofNullable(rs.getString(2)), Optional.ofNullable((Double) rs.getObject(3)),
              Optional.ofNullable((Double) rs.getObject(4)), rs.getInt(5)))
          .list();
      return Optional.of(new PlaceView(cc, name.get(), List.of(), places));
    });
    return base.map(v -> new PlaceView(v.countryCode(), v.name(),
        ranked(50, Optional.of(cc), Optional.empty()), v.places()));
  }

  /** When the story last changed (an article joined): the key of its cached page. */
  public Optional<java.time.Instant> updatedAt(long id) {
    return jdbi.withHandle(h -> h.createQuery("select updated_at from story where id = :id")
        .bind("id", id).mapTo(java.time.Instant.class).findOne());
  }

  /** The story a merged-away story became, for redirecting its old address. */
  public Optional<Long> mergedInto(long id) {
    return jdbi.withHandle(h -> h.createQuery(
            "select into_id from story_merge where absorbed_id = :id")
        .bind("id", id).mapTo(Long.class).findOne());
  }

  public Optional<StoryPage> byId(long id) {
    return jdbi.withHandle(h -> h.createQuery("select " + SUMMARY + " from story st where id = :id")
        .bind("id", id).map((rs, ctx) -> summary(rs)).findOne()
        .map(s -> page(h, s)));
  }

  private static StoryPage page(Handle h, StoryPage.StorySummary s) {
    long id = s.id();
    List<ArticleSummary> timeline = h.createQuery("select " + ArticleViews.SUMMARY
            + ArticleViews.FROM + """
            where a.story_id = :id order by coalesce(a.published_at, a.discovered_at), a.id""")
        .bind("id", id).map((rs, ctx) -> ArticleViews.summary(rs)).list();
    List<StoryPage.KeyQuote> quotes = keyQuotes(h, id);
    List<EntityView.Related> people = entities(h, id, "PERSON");
    List<EntityView.Related> orgs = entities(h, id, "ORGANIZATION");
    List<StoryPage.PlaceCount> places = h.createQuery("""
            select p.name, p.country_code, avg(p.lat), avg(p.lon), count(distinct p.article_id)
            from place p join article a on a.id = p.article_id where a.story_id = :id
            group by p.name, p.country_code order by count(distinct p.article_id) desc, p.name
            limit 20""")
        .bind("id", id)
        .map((rs, ctx) -> new StoryPage.PlaceCount(rs.getString(1),
            Optional.ofNullable(rs.getString(2)), Optional.ofNullable((Double) rs.getObject(3)),
            Optional.ofNullable((Double) rs.getObject(4)), rs.getInt(5)))
        .list();
    List<EntityView.EventRow> events = h.createQuery("""
            select distinct on (e.type, e.sources, e.targets) e.article_id,
              coalesce(a.title, a.feed_title), e.type, e.sources, e.targets, e.place, e.date_from,
              e.negated, e.sentence
            from event e join article a on a.id = e.article_id where a.story_id = :id
            order by e.type, e.sources, e.targets, a.id limit 30""")
        .bind("id", id)
        .map((rs, ctx) -> Rows.event(rs))
        .list();
    List<StoryPage.ClaimRow> claims = claims(h, id);
    return new StoryPage(s, timeline, quotes, people, orgs, places, events, claims);
  }

  /** A quote as read from the store, with how many of the story's articles name its speaker. */
  private record QuoteCandidate(EntityView.QuoteRow row, int speakerArticles) {}

  /**
   * Key quotes: direct quotes by the speakers the story names most, one per speaker first, each
   * quote once however many articles carry it.
   */
  private static List<StoryPage.KeyQuote> keyQuotes(Handle h, long id) {
    List<QuoteCandidate> candidates = h.createQuery("""
            with speakers as (
              select m.entity_id, count(*) as articles from mention m
              join article a on a.id = m.article_id where a.story_id = :id group by m.entity_id)
            select q.article_id, coalesce(a.title, a.feed_title), q.text, q.speaker,
              q.speaker_entity_id, q.sentence, coalesce(sp.articles, 0)
            from quote q join article a on a.id = q.article_id
            left join speakers sp on sp.entity_id = q.speaker_entity_id
            where a.story_id = :id and q.speaker is not null and length(q.text) > 20
            order by coalesce(a.published_at, a.discovered_at), a.id, q.idx
            limit 2000""")
        .bind("id", id)
        .map((rs, ctx) -> new QuoteCandidate(new EntityView.QuoteRow(rs.getLong(1),
            Optional.ofNullable(rs.getString(2)), rs.getString(3),
            Optional.ofNullable(rs.getString(4)), ArticleStore.optLong(rs, 5), rs.getInt(6)),
            rs.getInt(7)))
        .list();
    List<SameWords.Counted<QuoteCandidate>> distinct = SameWords.distinct(candidates,
        c -> c.row().text(), c -> c.row().articleId());
    // Each speaker's longest quote ranks before anyone's second; then the most-named speakers.
    Map<String, Integer> seen = new HashMap<>();
    Map<SameWords.Counted<QuoteCandidate>, Integer> turn = new IdentityHashMap<>();
    distinct.stream()
        .sorted(Comparator.comparingInt(c -> -c.first().row().text().length()))
        .forEach(c -> turn.put(c, seen.merge(c.first().row().speaker().orElse(""), 1,
            Integer::sum)));
    return distinct.stream()
        .sorted(Comparator.<SameWords.Counted<QuoteCandidate>>comparingInt(turn::get)
            .thenComparingInt(c -> -c.first().speakerArticles()))
        .limit(8)
        .map(c -> {
          EntityView.QuoteRow q = c.first().row();
          return new StoryPage.KeyQuote(q.articleId(), q.articleTitle(), q.text(), q.speaker(),
              q.speakerId(), q.sentence(), c.articles());
        })
        .toList();
  }

  /** Claims, those denied first, each once with who claims and denies it across articles. */
  private static List<StoryPage.ClaimRow> claims(Handle h, long id) {
    List<StoryPage.ClaimRow> rows = h.createQuery("""
            select c.article_id, c.text, c.claimed_by, c.denied_by, c.sentence
            from claim c join article a on a.id = c.article_id where a.story_id = :id
            order by coalesce(a.published_at, a.discovered_at), a.id, c.idx limit 2000""")
        .bind("id", id)
        .map((rs, ctx) -> new StoryPage.ClaimRow(rs.getLong(1), rs.getString(2),
            Rows.strings(rs.getArray(3)), Rows.strings(rs.getArray(4)), rs.getInt(5), 1))
        .list();
    return SameWords.distinct(rows, StoryPage.ClaimRow::text, StoryPage.ClaimRow::articleId)
        .stream()
        .map(c -> new StoryPage.ClaimRow(c.first().articleId(), c.first().text(),
            union(c.all(), StoryPage.ClaimRow::claimedBy),
            union(c.all(), StoryPage.ClaimRow::deniedBy), c.first().sentence(), c.articles()))
        .sorted(Comparator.comparingInt(c -> c.deniedBy().isEmpty() ? 1 : 0))
        .limit(10)
        .toList();
  }

  private static List<String> union(List<StoryPage.ClaimRow> rows,
      java.util.function.Function<StoryPage.ClaimRow, List<String>> names) {
    Set<String> out = new LinkedHashSet<>();
    rows.forEach(r -> out.addAll(names.apply(r)));
    return List.copyOf(out);
  }

  private static List<EntityView.Related> entities(Handle h, long story, String type) {
    return h.createQuery("""
            select e.id, e.name, e.type, count(*) from mention m
            join entity e on e.id = m.entity_id join article a on a.id = m.article_id
            where a.story_id = :id and e.type = :type
            group by e.id order by count(*) desc, sum(m.mentions) desc, e.name limit 12""")
        .bind("id", story).bind("type", type)
        .map((rs, ctx) -> new EntityView.Related(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getInt(4)))
        .list();
  }

  private static StoryPage.StorySummary summary(ResultSet rs) throws SQLException {
    return new StoryPage.StorySummary(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
        optInstant(rs, 5), optInstant(rs, 6));
  }

}
