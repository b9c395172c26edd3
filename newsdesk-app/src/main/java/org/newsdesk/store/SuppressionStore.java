package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Addresses no mail goes to (hard bounces, repeated failures, an admin's choice). Kept as a list
 * of its own rather than a subscriber state so that it holds for every kind of mail and survives
 * the subscriber being deleted and signing up again; an admin can lift an entry.
 */
public final class SuppressionStore {

  /** One suppressed address. */
  public record Suppression(String email, String reason, Instant createdAt) {}

  private final Jdbi jdbi;

  public SuppressionStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Why {@code email} is suppressed, if it is (case-insensitively). */
  public Optional<String> reason(String email) {
    return jdbi.withHandle(h -> h.createQuery(
            "select reason from suppression where email = :email")
        .bind("email", key(email)).mapTo(String.class).findOne());
  }

  /** Suppresses {@code email}; an existing entry keeps its first reason. */
  public void add(String email, String reason) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into suppression (email, reason) values (:email, :reason)
            on conflict (email) do nothing""")
        .bind("email", key(email)).bind("reason", reason).execute());
  }

  /** Lifts the suppression of {@code email}; whether there was one. */
  public boolean lift(String email) {
    return jdbi.withHandle(h -> h.createUpdate("delete from suppression where email = :email")
        .bind("email", key(email)).execute()) > 0;
  }

  /** Newest first. */
  public List<Suppression> list(int limit) {
    return jdbi.withHandle(h -> h.createQuery(
            "select email, reason, created_at from suppression order by created_at desc, email"
                + " limit :limit")
        .bind("limit", limit)
        .map((rs, ctx) -> new Suppression(rs.getString(1), rs.getString(2),
            rs.getTimestamp(3).toInstant()))
        .list());
  }

  // Mailbox local parts are case-sensitive by the RFC but not by any provider that matters; a
  // bounce for Ann@x.org must stop mail to ann@x.org too.
  private static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
