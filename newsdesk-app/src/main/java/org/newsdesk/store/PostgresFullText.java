package org.newsdesk.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * PostgreSQL's own full-text search over article title and body, the yardstick the search
 * benchmark measures Lucene against: a GIN index on the expression {@code to_tsvector('english',
 * title || ' ' || body)}, queries in web-search syntax, ranked by {@code ts_rank}. Ranking
 * recomputes each matching row's vector (there is no stored tsvector column), which is what
 * PostgreSQL costs without a schema change.
 */
public final class PostgresFullText {

  private static final String VECTOR =
      "to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))";

  private final Jdbi jdbi;

  public PostgresFullText(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Builds the GIN index (minutes over 100k articles) and refreshes the planner's statistics. */
  public void createIndex() {
    jdbi.useHandle(h -> {
      h.execute("set maintenance_work_mem = '256MB'");
      h.execute("create index if not exists article_fulltext on article using gin (" + VECTOR
          + ")");
      h.execute("analyze article");
    });
  }

  /** Ids of the best {@code limit} analyzed articles for a web-search style query. */
  public List<Long> search(String query, int limit) {
    return jdbi.withHandle(h -> h.createQuery("select id from article, "
            + "websearch_to_tsquery('english', :q) as q where state = 'done' and " + VECTOR
            + " @@ q order by ts_rank(" + VECTOR + ", q) desc, id limit :limit")
        .bind("q", query).bind("limit", limit).mapTo(Long.class).list());
  }
}
