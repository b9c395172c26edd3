package org.newsdesk.store;

import static org.newsdesk.store.ArticleStore.optInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The feeds we poll: adding them, their health, and claiming the ones due for a poll. */
public final class SourceStore {

  private static final String COLUMNS = """
      s.id, s.url, s.title, s.site_url, s.category, s.enabled, s.etag, s.last_modified,
      s.poll_interval_s, s.next_poll_at, s.consecutive_failures, s.last_success_at,
      s.last_error, s.last_error_at, s.items_seen""";

  private final Jdbi jdbi;

  public SourceStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /** The result of adding a source: its id, and whether it was new. */
  public record Added(long id, boolean created) {}

  /** Adds a feed (due for a poll at once); a URL already present keeps its row and history. */
  public Added add(String url, Optional<String> title, Optional<String> siteUrl,
      Optional<String> category) {
    return jdbi.inTransaction(h -> {
      Optional<Long> created = h.createQuery("""
              insert into source (url, title, site_url, category)
              values (:url, :title, :site, :category)
              on conflict (url) do nothing returning id""")
          .bind("url", url)
          .bind("title", title.orElse(null))
          .bind("site", siteUrl.orElse(null))
          .bind("category", category.orElse(null))
          .mapTo(Long.class).findOne();
      if (created.isPresent()) {
        return new Added(created.get(), true);
      }
      return new Added(h.createQuery("select id from source where url = :url")
          .bind("url", url).mapTo(Long.class).one(), false);
    });
  }

  /** Sets a source's polling interval and makes it due at once. */
  public void setPollInterval(long id, Duration interval) {
    jdbi.useHandle(h -> h.createUpdate(
            "update source set poll_interval_s = :s, next_poll_at = now() where id = :id")
        .bind("s", (int) interval.toSeconds()).bind("id", id).execute());
  }

  public Optional<Source> byId(long id) {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from source s where id = :id")
        .bind("id", id).map((rs, ctx) -> source(rs)).findOne());
  }

  /** Every source with its article counts, oldest first. */
  public List<SourceHealth> health() {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + """
            , count(a.id), count(a.extracted_at), count(a.id) filter (where a.state = 'failed')
            from source s left join article a on a.source_id = s.id
            group by s.id order by s.id""")
        .map((rs, ctx) -> new SourceHealth(source(rs), rs.getLong(16), rs.getLong(17),
            rs.getLong(18)))
        .list());
  }

  /**
   * Claims up to {@code limit} enabled sources whose poll is due, pushing their next poll
   * {@code lease} ahead so that no other poller takes them meanwhile; {@link #recordPoll} then
   * sets the real next time. A poller that dies leaves the source due again after the lease.
   */
  public List<Source> claimDue(int limit, Duration lease) {
    return jdbi.inTransaction(h -> h.createQuery("""
            with due as (
              select id from source
              where enabled and next_poll_at <= now()
              order by next_poll_at limit :limit
              for update skip locked)
            update source s set next_poll_at = now() + make_interval(secs => :lease)
            from due where s.id = due.id
            returning""" + " " + COLUMNS)
        .bind("limit", limit)
        .bind("lease", (double) lease.toSeconds())
        .map((rs, ctx) -> source(rs))
        .list());
  }

  public void recordPoll(long sourceId, PollResult result) {
    jdbi.useHandle(h -> {
      if (result instanceof PollResult.Read r) {
        h.createUpdate("""
                update source set title = coalesce(title, :title),
                  site_url = coalesce(site_url, :site), etag = :etag,
                  last_modified = :modified, poll_interval_s = :interval,
                  next_poll_at = :next, consecutive_failures = 0, last_polled_at = now(),
                  last_success_at = now(), items_seen = items_seen + :items
                where id = :id""")
            .bind("title", r.title().orElse(null))
            .bind("site", r.siteUrl().orElse(null))
            .bind("etag", r.etag().orElse(null))
            .bind("modified", r.lastModified().orElse(null))
            .bind("interval", (int) r.intervalSeconds())
            .bind("next", r.nextPollAt())
            .bind("items", r.newItems())
            .bind("id", sourceId)
            .execute();
      } else if (result instanceof PollResult.Unchanged u) {
        h.createUpdate("""
                update source set next_poll_at = :next, consecutive_failures = 0,
                  last_polled_at = now(), last_success_at = now()
                where id = :id""")
            .bind("next", u.nextPollAt()).bind("id", sourceId).execute();
      } else if (result instanceof PollResult.Failed f) {
        h.createUpdate("""
                update source set next_poll_at = :next,
                  consecutive_failures = consecutive_failures + 1, last_polled_at = now(),
                  last_error = :error, last_error_at = now()
                where id = :id""")
            .bind("next", f.nextPollAt()).bind("error", f.error()).bind("id", sourceId)
            .execute();
      }
    });
  }

  private static Source source(ResultSet rs) throws SQLException {
    return new Source(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
        rs.getBoolean(6), Optional.ofNullable(rs.getString(7)),
        Optional.ofNullable(rs.getString(8)), Duration.ofSeconds(rs.getInt(9)),
        rs.getTimestamp(10).toInstant(), rs.getInt(11), optInstant(rs, 12),
        Optional.ofNullable(rs.getString(13)), optInstant(rs, 14), rs.getLong(15));
  }
}
