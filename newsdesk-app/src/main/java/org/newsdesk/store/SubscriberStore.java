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
import org.jdbi.v3.core.HandleCallback;
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
    jdbi.useTransaction(h -> setFollows(h, subscriberId, follows));
  }

  /** {@link #setFollows(long, List)} inside the caller's transaction. */
  public static void setFollows(Handle h, long subscriberId, List<Follow> follows) {
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
  }

  /** Sets when the next digest is due. */
  public void setNextDigestAt(long subscriberId, Instant next) {
    jdbi.useHandle(h -> h.createUpdate(
            "update subscriber set next_digest_at = :next where id = :id")
        .bind("next", next).bind("id", subscriberId).execute());
  }

  /**
   * Runs {@code work} in a transaction holding a lock on {@code email} (a transaction-scoped
   * advisory lock), so two requests for one address (a double click, two instances) cannot both
   * pass the per-address mail limit or both insert the subscriber.
   */
  public <T> T lockingAddress(String email, HandleCallback<T, RuntimeException> work) {
    return jdbi.inTransaction(h -> {
      h.execute("select pg_advisory_xact_lock(hashtext(?))", "subscriber:" + email);
      return work.withHandle(h);
    });
  }

  /** {@link #byEmail(String)} inside the caller's transaction. */
  public static Optional<Subscriber> byEmail(Handle h, String email) {
    return one(h, "s.email = :v", email);
  }

  /**
   * Confirmation (and "manage your subscription") mails stored for {@code email} since {@code
   * since}: counted from the outbox so the per-address limit holds across restarts and
   * instances.
   */
  public static int confirmationsSince(Handle h, String email, Instant since) {
    return h.createQuery("""
            select count(*) from outbox
            where recipient = :email and kind = 'confirm' and created_at >= :since""")
        .bind("email", email).bind("since", since).mapTo(Integer.class).one();
  }

  /** A new pending subscriber; its id. */
  public static long insertPending(Handle h, String email, ZoneId zone, int sendHour) {
    return h.createQuery("""
            insert into subscriber (email, time_zone, send_hour, state)
            values (:email, :zone, :hour, 'pending') returning id""")
        .bind("email", email).bind("zone", zone.getId()).bind("hour", sendHour)
        .mapTo(Long.class).one();
  }

  /**
   * A pending or unsubscribed subscriber asked again: pending with the new zone and hour. Its
   * token generation is kept (unsubscribing already moved it past every old link).
   */
  public static void resetToPending(Handle h, long id, ZoneId zone, int sendHour) {
    h.createUpdate("""
            update subscriber set state = 'pending', time_zone = :zone, send_hour = :hour,
              next_digest_at = null, confirmed_at = null
            where id = :id and state in ('pending', 'unsubscribed')""")
        .bind("zone", zone.getId()).bind("hour", sendHour).bind("id", id).execute();
  }

  /**
   * Activates a pending subscriber whose confirmation link names {@code generation}; false when
   * it is not pending under that generation (already confirmed, or an old link).
   */
  public boolean confirm(long id, int generation, Instant now, Instant coveredUntil,
      Instant nextDigestAt) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update subscriber set state = 'active', confirmed_at = :now,
              covered_until = :covered, next_digest_at = :next, unsubscribed_at = null
            where id = :id and token_generation = :gen and state = 'pending'""")
        .bind("now", now).bind("covered", coveredUntil).bind("next", nextDigestAt)
        .bind("id", id).bind("gen", generation).execute()) == 1;
  }

  /**
   * The manage page's settings: zone, hour, active or paused, when the next digest is due (none
   * while paused). Only under {@code generation} and for a confirmed subscriber.
   */
  public boolean saveSettings(long id, int generation, ZoneId zone, int sendHour,
      Subscriber.State state, Optional<Instant> nextDigestAt) {
    if (state != Subscriber.State.ACTIVE && state != Subscriber.State.PAUSED) {
      throw new IllegalArgumentException("settings can only make a subscriber active or paused");
    }
    return jdbi.withHandle(h -> h.createUpdate("""
            update subscriber set time_zone = :zone, send_hour = :hour, state = :state,
              next_digest_at = :next
            where id = :id and token_generation = :gen and state in ('active', 'paused')""")
        .bind("zone", zone.getId()).bind("hour", sendHour).bind("state", state.dbName())
        .bind("next", nextDigestAt.orElse(null)).bind("id", id).bind("gen", generation)
        .execute()) == 1;
  }

  /**
   * Unsubscribes at once and moves the token generation on, so every link mailed before stops
   * working. False when {@code generation} is not the current one (already unsubscribed).
   */
  public boolean unsubscribe(long id, int generation, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update subscriber set state = 'unsubscribed', unsubscribed_at = :now,
              token_generation = token_generation + 1, next_digest_at = null
            where id = :id and token_generation = :gen""")
        .bind("now", now).bind("id", id).bind("gen", generation).execute()) == 1;
  }

  /** An entity's name, for the label of a follow. */
  public Optional<String> entityName(long entityId) {
    return jdbi.withHandle(h -> h.createQuery("select name from entity where id = :id")
        .bind("id", entityId).mapTo(String.class).findOne());
  }

  /** A country's name as the place table has it (ISO alpha-2 code), for the label of a follow. */
  public Optional<String> placeName(String countryCode) {
    return jdbi.withHandle(h -> h.createQuery("""
            select coalesce(max(name) filter (where type = 'COUNTRY'), max(name)) from place
            where country_code = :cc""")
        .bind("cc", countryCode).mapTo(String.class).findOne().filter(n -> n != null));
  }
}
