package org.newsdesk.store;

import static org.newsdesk.store.ArticleStore.optInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.newsdesk.digest.Follow;
import org.newsdesk.digest.Subscriber;

/** Subscribers of the daily digest and what they follow. */
public final class SubscriberStore {

  static final String COLUMNS = """
      s.id, s.email, s.time_zone, s.send_hour, s.state, s.next_digest_at, s.covered_until,
      s.token_generation""";

  private final Jdbi jdbi;

  public SubscriberStore(Database db) {
    this.jdbi = db.jdbi();
  }

  public Optional<Subscriber> byId(long id) {
    return jdbi.withHandle(h -> one(h, "s.id = :v", id));
  }

  /** By normalised address. */
  public Optional<Subscriber> byEmail(String email) {
    return jdbi.withHandle(h -> one(h, "s.email = :v", email));
  }

  private static Optional<Subscriber> one(Handle h, String where, Object value) {
    List<Subscriber> found = load(h, h.createQuery("select " + COLUMNS
            + " from subscriber s where " + where).bind("v", value)
        .map((rs, ctx) -> row(rs)).list());
    return found.stream().findFirst();
  }

  /**
   * Subscribers (as read by {@link #row}, follows not yet attached) with their follows, in one
   * query for all of them.
   */
  static List<Subscriber> load(Handle h, List<Subscriber> bare) {
    if (bare.isEmpty()) {
      return bare;
    }
    Map<Long, List<Follow>> follows = new HashMap<>();
    h.createQuery("""
            select subscriber_id, kind, value, label from follow
            where subscriber_id = any(:ids) order by subscriber_id, created_at, kind, value""")
        .bind("ids", bare.stream().mapToLong(Subscriber::id).toArray())
        .map((rs, ctx) -> Map.entry(rs.getLong(1), new Follow(Follow.Kind.of(rs.getString(2)),
            rs.getString(3), rs.getString(4))))
        .forEach(e -> follows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<Subscriber> full = new ArrayList<>(bare.size());
    for (Subscriber s : bare) {
      full.add(new Subscriber(s.id(), s.email(), s.zone(), s.sendHour(), s.state(),
          s.nextDigestAt(), s.coveredUntil(), s.tokenGeneration(),
          follows.getOrDefault(s.id(), List.of())));
    }
    return full;
  }

  static Subscriber row(ResultSet rs) throws SQLException {
    return new Subscriber(rs.getLong(1), rs.getString(2), ZoneId.of(rs.getString(3)),
        rs.getInt(4), Subscriber.State.of(rs.getString(5)), optInstant(rs, 6), optInstant(rs, 7),
        rs.getInt(8), List.of());
  }

  /** Replaces a subscriber's follows with {@code follows}, in one transaction. */
  public void setFollows(long subscriberId, List<Follow> follows) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from follow where subscriber_id = :id").bind("id", subscriberId)
          .execute();
      var batch = h.prepareBatch("""
          insert into follow (subscriber_id, kind, value, label) values (:id, :kind, :value, :label)
          on conflict do nothing""");
      for (Follow f : follows) {
        batch.bind("id", subscriberId).bind("kind", f.kind().dbName()).bind("value", f.value())
            .bind("label", f.label()).add();
      }
      if (!follows.isEmpty()) {
        batch.execute();
      }
    });
  }

  /** Sets when the next digest is due. */
  public void setNextDigestAt(long subscriberId, Instant next) {
    jdbi.useHandle(h -> h.createUpdate(
            "update subscriber set next_digest_at = :next where id = :id")
        .bind("next", next).bind("id", subscriberId).execute());
  }
}
