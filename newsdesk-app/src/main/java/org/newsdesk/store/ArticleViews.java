package org.newsdesk.store;

import static org.newsdesk.store.ArticleStore.optInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Read models of articles for pages, the API and feeds. */
public final class ArticleViews {

  static final String SUMMARY = """
      a.id, a.url, coalesce(a.title, a.feed_title), coalesce(s.title, a.source_name),
      a.published_at, a.state""";
  static final String FROM = " from article a left join source s on s.id = a.source_id ";

  private final Jdbi jdbi;

  public ArticleViews(Database db) {
    this.jdbi = db.jdbi();
  }

  /** The newest analyzed articles (by publication, else discovery), newest first. */
  public List<ArticleSummary> latest(int limit, int offset) {
    return jdbi.withHandle(h -> h.createQuery("select " + SUMMARY + FROM + """
            where a.state = 'done'
            order by coalesce(a.published_at, a.discovered_at) desc, a.id desc
            limit :limit offset :offset""")
        .bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> summary(rs)).list());
  }

  /** The credit of each of {@code ids} that has one (a story page's combined credit line). */
  public Map<Long, ArticleCredit> credits(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, ArticleCredit> out = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("""
            select id, licence, attribution from article
            where id = any(:ids) and (licence is not null or attribution is not null)""")
        .bind("ids", ids.toArray(Long[]::new))
        .map((rs, ctx) -> Map.entry(rs.getLong(1), new ArticleCredit(
            Optional.ofNullable(rs.getString(2)), Optional.ofNullable(rs.getString(3)))))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /**
   * What an article's page is made from changes only with its state, its extraction and
   * analysis, and a copy found elsewhere: this string changes when any of them does (entity
   * corrections are counted by the web server itself). Empty when there is no such article.
   */
  public Optional<String> version(long id) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.state || '|' || coalesce(a.extracted_at::text, '') || '|'
              || coalesce(a.analyzed_at::text, '') || '|'
              || (select count(*) from article_copy c where c.article_id = a.id)
            from article a where a.id = :id""")
        .bind("id", id).mapTo(String.class).findOne());
  }

  public Optional<ArticleView> byId(long id) {
    return jdbi.withHandle(h -> {
      Optional<ArticleView> base = h.createQuery("select " + SUMMARY + """
              , a.byline, a.lead_image, a.error, a.body, c.card::text, a.licence, a.attribution
              """ + FROM + " left join insight_card c on c.article_id = a.id where a.id = :id")
          .bind("id", id)
          .map((rs, ctx) -> new ArticleView(summary(rs), Optional.ofNullable(rs.getString(7)),
              Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
              Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getString(11)),
              List.of(), Map.of(), new ArticleCredit(Optional.ofNullable(rs.getString(12)),
                  Optional.ofNullable(rs.getString(13)))))
          .findOne();
      if (base.isEmpty()) {
        return base;
      }
      List<Copy> copies = h.createQuery("""
              select article_id, url, source_id, title, kind, similarity from article_copy
              where article_id = :id order by seen_at""")
          .bind("id", id)
          .map((rs, ctx) -> new Copy(rs.getLong(1), rs.getString(2),
              (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
              (Float) rs.getObject(6)))
          .list();
      Map<String, Long> entityIds = new HashMap<>();
      // The card names an entity as the article did; a name since merged into another entity
      // ("Merkel" into "Angela Merkel") links through its alias.
      h.createQuery("""
              select e.type, e.name, e.id from mention m join entity e on e.id = m.entity_id
              where m.article_id = :id
              union all
              select a.type, a.name, a.entity_id from mention m join entity_alias a on a.entity_id = m.entity_id
              where m.article_id = :id""")
          .bind("id", id)
          .map((rs, ctx) -> Map.entry(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3)))
          .forEach(e -> entityIds.put(e.getKey(), e.getValue()));
      ArticleView v = base.get();
      return Optional.of(new ArticleView(v.summary(), v.byline(), v.leadImage(), v.error(),
          v.body(), v.cardJson(), copies, entityIds, v.credit()));
    });
  }

  static ArticleSummary summary(ResultSet rs) throws SQLException {
    return new ArticleSummary(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
        Optional.ofNullable(rs.getString(4)), optInstant(rs, 5), rs.getString(6));
  }
}
