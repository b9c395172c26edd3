package org.newsdesk.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Read models of entities: an entity's page and lists of entities. */
public final class EntityViews {

  private final Jdbi jdbi;

  public EntityViews(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Entities most mentioned across articles, for a type (PERSON, ORGANIZATION, COUNTRY…) or all. */
  public List<EntityView.Related> top(Optional<String> type, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select e.id, e.name, e.type, count(*) from mention m join entity e on e.id = m.entity_id
            where (:type is null or e.type = :type)
            group by e.id order by count(*) desc, e.name limit :limit""")
        .bind("type", type.orElse(null)).bind("limit", limit)
        .map((rs, ctx) -> new EntityView.Related(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getInt(4)))
        .list());
  }

  public Optional<EntityView> byId(long id) {
    return jdbi.withHandle(h -> h.createQuery("select id, name, type, country from entity where id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new Object[] {rs.getString(2), rs.getString(3), rs.getString(4)})
        .findOne()
        .map(row -> view(h, id, (String) row[0], (String) row[1], (String) row[2])));
  }

  private static EntityView view(Handle h, long id, String name, String type, String country) {
    List<EntityView.DayCount> days = h.createQuery("""
            select coalesce(a.published_at, a.discovered_at)::date as day, sum(m.mentions)
            from mention m join article a on a.id = m.article_id
            where m.entity_id = :id group by day order by day""")
        .bind("id", id)
        .map((rs, ctx) -> new EntityView.DayCount(rs.getDate(1).toLocalDate(), rs.getInt(2)))
        .list();
    List<EntityView.QuoteRow> quotes = h.createQuery("""
            select q.article_id, coalesce(a.title, a.feed_title), q.text, q.speaker,
              q.speaker_entity_id, q.sentence
            from quote q join article a on a.id = q.article_id
            where q.speaker_entity_id = :id
            order by coalesce(a.published_at, a.discovered_at) desc, q.idx limit 50""")
        .bind("id", id)
        .map((rs, ctx) -> new EntityView.QuoteRow(rs.getLong(1),
            Optional.ofNullable(rs.getString(2)), rs.getString(3),
            Optional.ofNullable(rs.getString(4)), ArticleStore.optLong(rs, 5), rs.getInt(6)))
        .list();
    List<EntityView.EventRow> events = h.createQuery("""
            select e.article_id, coalesce(a.title, a.feed_title), e.type, e.sources, e.targets,
              e.place, e.date_from, e.negated, e.sentence
            from event e join article a on a.id = e.article_id
            where e.sources && cast(:names as text[]) or e.targets && cast(:names as text[])
            order by coalesce(a.published_at, a.discovered_at) desc, e.idx limit 50""")
        .bindArray("names", String.class, names(h, id, name))
        .map((rs, ctx) -> Rows.event(rs))
        .list();
    List<EntityView.Related> related = h.createQuery("""
            select e.id, e.name, e.type, count(*) from mention m
            join mention other on other.article_id = m.article_id and other.entity_id <> m.entity_id
            join entity e on e.id = other.entity_id
            where m.entity_id = :id group by e.id order by count(*) desc, e.name limit 20""")
        .bind("id", id)
        .map((rs, ctx) -> new EntityView.Related(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getInt(4)))
        .list();
    List<ArticleSummary> articles = h.createQuery("select " + ArticleViews.SUMMARY
            + ArticleViews.FROM + """
            join mention m on m.article_id = a.id
            where m.entity_id = :id and a.state = 'done'
            order by coalesce(a.published_at, a.discovered_at) desc limit 50""")
        .bind("id", id)
        .map((rs, ctx) -> ArticleViews.summary(rs)).list();
    return new EntityView(id, name, type, Optional.ofNullable(country), days, quotes, events,
        related, articles);
  }

  /** The entity's name and the names merged into it (events name their parties by name). */
  private static List<String> names(Handle h, long id, String name) {
    List<String> names = new java.util.ArrayList<>(h.createQuery(
            "select name from entity_alias where entity_id = :id")
        .bind("id", id).mapTo(String.class).list());
    names.add(name);
    return names;
  }

}
