package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads analyzed articles (state {@code done}) as the search index wants them. The index is
 * derived data: everything in it comes from here, so a lost or stale index is rebuilt by reading
 * every article again, in id order, a batch at a time (four queries a batch, not four an article).
 */
public final class SearchSource {

  private final Jdbi jdbi;

  public SearchSource(Database db) {
    this.jdbi = db.jdbi();
  }

  /** The article, if it exists and has been analyzed; otherwise empty (it is not searchable). */
  public Optional<IndexableArticle> article(long id) {
    return jdbi.withHandle(h -> {
      List<IndexableArticle> one = read(h, SELECT + " and a.id = :from order by a.id", id, 1);
      return one.stream().findFirst();
    });
  }

  /** How many articles {@link #forEachAnalyzed} will deliver: the denominator for progress. */
  public long countAnalyzed() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from article where state = 'done'")
        .mapTo(Long.class).one());
  }

  /**
   * Hands every analyzed article to {@code batches}, {@code batchSize} at a time, in id order.
   * Pages by id (keyset), so articles analyzed meanwhile with higher ids are still delivered.
   */
  public void forEachAnalyzed(int batchSize, Consumer<List<IndexableArticle>> batches) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1; got " + batchSize);
    }
    long after = 0;
    while (true) {
      long from = after + 1;
      List<IndexableArticle> batch = jdbi.withHandle(
          h -> read(h, SELECT + " and a.id >= :from order by a.id limit :limit", from, batchSize));
      if (batch.isEmpty()) {
        return;
      }
      batches.accept(batch);
      after = batch.get(batch.size() - 1).id();
    }
  }

  private static final String SELECT = """
      select a.id, a.url, coalesce(a.title, a.feed_title) as title, a.body,
        coalesce(a.published_at, a.feed_published) as published,
        coalesce(s.title, a.source_name) as source
      from article a left join source s on s.id = a.source_id
      where a.state = 'done'""";

  private record Row(long id, String url, String title, String body, Timestamp published,
      String source) {}

  private static List<IndexableArticle> read(Handle h, String sql, long from, int limit) {
    List<Row> rows = h.createQuery(sql).bind("from", from).bind("limit", limit)
        .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("url"), rs.getString("title"),
            rs.getString("body"), rs.getTimestamp("published"), rs.getString("source")))
        .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
    Map<Long, List<IndexableArticle.NamedEntity>> entities = byArticle(h, """
        select m.article_id, e.name, e.type from mention m join entity e on e.id = m.entity_id
        where m.article_id = any(:ids) order by m.article_id, m.first_sentence, e.name""", ids,
        rs -> new IndexableArticle.NamedEntity(rs.getString("name"), rs.getString("type")));
    Map<Long, List<IndexableArticle.QuoteText>> quotes = byArticle(h, """
        select q.article_id, q.text, coalesce(e.name, q.speaker) as speaker
        from quote q left join entity e on e.id = q.speaker_entity_id
        where q.article_id = any(:ids) order by q.article_id, q.idx""", ids,
        rs -> new IndexableArticle.QuoteText(rs.getString("text"),
            Optional.ofNullable(rs.getString("speaker"))));
    Map<Long, List<String>> events = byArticle(h, """
        select distinct article_id, type from event where article_id = any(:ids) and not negated
        order by article_id, type""", ids, rs -> rs.getString("type"));
    Map<Long, List<IndexableArticle.PlaceName>> places = byArticle(h, """
        select article_id, name, country_code from place where article_id = any(:ids)
        order by article_id, idx""", ids,
        rs -> new IndexableArticle.PlaceName(rs.getString("name"),
            Optional.ofNullable(rs.getString("country_code"))));
    List<IndexableArticle> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(new IndexableArticle(r.id(), r.url(), r.title(), r.body(),
          Optional.ofNullable(r.published()).map(Timestamp::toInstant),
          Optional.ofNullable(r.source()),
          entities.getOrDefault(r.id(), List.of()), quotes.getOrDefault(r.id(), List.of()),
          events.getOrDefault(r.id(), List.of()), places.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> Map<Long, List<T>> byArticle(Handle h, String sql, Long[] ids,
      RowReader<T> reader) {
    Map<Long, List<T>> out = new HashMap<>();
    h.createQuery(sql).bindArray("ids", Long.class, (Object[]) ids)
        .map((rs, ctx) -> {
          out.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
              .add(reader.read(rs));
          return 0;
        })
        .forEach(x -> { });
    return out;
  }
}
