package org.newsdesk.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Rows for {@code newsdesk export}, streamed (a cursor, not a list) so that a store of millions
 * of articles exports in constant memory. Each row is a flat map of column to value.
 */
public final class Exports {

  /** What to export. */
  public enum Kind { ARTICLES, CARDS, EVENTS }

  private final Jdbi jdbi;

  public Exports(Database db) {
    this.jdbi = db.jdbi();
  }

  public void stream(Kind kind, Consumer<Map<String, Object>> out) {
    String sql = switch (kind) {
      case ARTICLES -> """
          select a.id, a.url, coalesce(a.title, a.feed_title) as title,
            coalesce(s.title, a.source_name) as source, a.published_at, a.byline, a.language,
            a.state, a.body
          from article a left join source s on s.id = a.source_id order by a.id""";
      case CARDS -> """
          select a.id, a.url, c.card::text as card
          from insight_card c join article a on a.id = c.article_id order by a.id""";
      case EVENTS -> """
          select e.article_id, a.url, e.idx, e.type, e.plover, e.trigger,
            array_to_string(e.sources, '; ') as sources, array_to_string(e.targets, '; ') as targets,
            e.place, e.date_from, e.date_to, e.negated, e.sentence
          from event e join article a on a.id = e.article_id order by e.article_id, e.idx""";
    };
    jdbi.useTransaction(h -> h.createQuery(sql)
        .setFetchSize(500)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          var meta = rs.getMetaData();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            row.put(meta.getColumnLabel(i), v instanceof java.sql.Timestamp t ? t.toInstant().toString()
                : v instanceof java.sql.Date d ? d.toLocalDate().toString() : v);
          }
          return row;
        })
        .forEach(out));
  }
}
