package org.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.newsdesk.digest.deliver.OutgoingMail;

/**
 * The outbox: every email is stored here, composed, before any attempt to send it. A digest
 * for a (subscriber, day) is stored at most once (the table's unique key), so composing again
 * after a crash finds the first one.
 */
public final class OutboxStore {

  private final Jdbi jdbi;

  public OutboxStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Stores {@code mail}; its id, or empty when a digest for that subscriber and day exists. */
  public Optional<Long> enqueue(OutgoingMail mail) {
    return jdbi.withHandle(h -> enqueue(h, mail));
  }

  /** {@link #enqueue(OutgoingMail)} inside the caller's transaction. */
  public static Optional<Long> enqueue(Handle h, OutgoingMail mail) {
    return bindMail(h.createQuery(INSERT + " returning id"), mail).mapTo(Long.class).findOne();
  }

  /**
   * Stores a digest run's batch in one round trip, by the same rule as {@link
   * #enqueue(Handle, OutgoingMail)}. Returns subscriber id → outbox id for the mails stored; a
   * subscriber missing from it already had that day's digest.
   */
  public static Map<Long, Long> enqueueAll(Handle h, List<OutgoingMail> mails) {
    Map<Long, Long> stored = new java.util.HashMap<>();
    if (mails.isEmpty()) {
      return stored;
    }
    var batch = h.prepareBatch(INSERT);
    for (OutgoingMail mail : mails) {
      mail.subscriberId().orElseThrow(() -> new IllegalArgumentException(
          "a batch holds digests, each for a subscriber; got a mail to " + mail.recipient()));
      bindMail(batch, mail).add();
    }
    batch.executePreparedBatch("subscriber_id", "id")
        .map((rs, ctx) -> stored.put(rs.getLong(1), rs.getLong(2))).list();
    return stored;
  }

  /** One mail per (subscriber, kind, digest day); mails without a day are never refused. */
  private static final String INSERT = """
      insert into outbox (subscriber_id, kind, digest_day, recipient, message_id, subject,
        html_body, text_body, headers)
      values (:subscriber, :kind, :day, :recipient, :messageId, :subject, :html, :text,
        cast(:headers as jsonb))
      on conflict (subscriber_id, kind, digest_day) do nothing""";

  private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindMail(T statement,
      OutgoingMail mail) {
    return statement.bind("subscriber", mail.subscriberId().orElse(null))
        .bind("kind", mail.kind().dbName())
        .bind("day", mail.digestDay().orElse(null))
        .bind("recipient", mail.recipient())
        .bind("messageId", mail.messageId())
        .bind("subject", mail.subject())
        .bind("html", mail.html())
        .bind("text", mail.text())
        .bind("headers", headersJson(mail));
  }

  /**
   * Claims up to {@code limit} due rows ({@code queued}, {@code not_before} passed, no live
   * lease), oldest first, counting the attempt. {@code FOR UPDATE SKIP LOCKED}: concurrent
   * senders, threads or processes, never take the same row.
   */
  public List<OutboxClaim> claim(int limit, String worker, Duration lease) {
    return jdbi.inTransaction(h -> h.createQuery("""
            with due as (
              select id from outbox
              where state = 'queued' and not_before <= now()
                and (lease_until is null or lease_until < now())
              order by not_before, id
              limit :limit
              for update skip locked)
            update outbox o
            set claimed_by = :worker, lease_until = now() + make_interval(secs => :lease),
                attempts = o.attempts + 1
            from due where o.id = due.id
            returning o.id, o.attempts, o.subscriber_id, o.kind, o.digest_day, o.recipient,
              o.message_id, o.subject, o.html_body, o.text_body, o.headers::text""")
        .bind("limit", limit)
        .bind("worker", worker)
        .bind("lease", (double) lease.toSeconds())
        .map((rs, ctx) -> {
          long subscriber = rs.getLong(3);
          Optional<Long> subscriberId = rs.wasNull() ? Optional.empty() : Optional.of(subscriber);
          java.sql.Date day = rs.getDate(5);
          OutgoingMail mail = new OutgoingMail(subscriberId,
              OutgoingMail.Kind.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
              Optional.ofNullable(day).map(java.sql.Date::toLocalDate), rs.getString(6),
              rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              headers(rs.getString(11)));
          return new OutboxClaim(rs.getLong(1), rs.getInt(2), worker, mail);
        })
        .list());
  }

  /** The relay accepted the message. False when the lease was no longer ours. */
  public boolean markSent(OutboxClaim claim) {
    return finish(claim, "state = 'sent', sent_at = now(), last_error = null", Map.of());
  }

  /** Not sent, to be tried again not before {@code notBefore}. */
  public boolean retryLater(OutboxClaim claim, Instant notBefore, String error) {
    return finish(claim, "not_before = :at, last_error = :error",
        Map.of("at", notBefore, "error", error));
  }

  /** Given up: a permanent rejection or too many attempts. */
  public boolean markFailed(OutboxClaim claim, String error) {
    return finish(claim, "state = 'failed', last_error = :error", Map.of("error", error));
  }

  /** Not sent because the address is on the suppression list. */
  public boolean markSuppressed(OutboxClaim claim, String reason) {
    return finish(claim, "state = 'suppressed', last_error = :error", Map.of("error", reason));
  }

  /**
   * Empties the bodies of mail done with (sent, failed or suppressed) and stored before
   * {@code before}; the rows stay, as the record that a reader's day had its digest. Returns
   * how many rows were emptied.
   */
  public int dropBodiesBefore(Instant before) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update outbox set html_body = '', text_body = ''
            where state <> 'queued' and created_at < :before
              and (html_body <> '' or text_body <> '')""")
        .bind("before", before).execute());
  }

  private boolean finish(OutboxClaim claim, String set, Map<String, Object> binds) {
    return jdbi.withHandle(h -> {
      var update = h.createUpdate("update outbox set " + set
              + ", claimed_by = null, lease_until = null"
              + " where id = :id and claimed_by = :worker and state = 'queued'")
          .bind("id", claim.id())
          .bind("worker", claim.worker());
      binds.forEach(update::bind);
      return update.execute() == 1;
    });
  }

  /**
   * Hands back at once the claims of sender processes on this host that are no longer running
   * (killed, crashed) instead of waiting for their leases. Senders are named {@code pid@host/…}
   * like the pipeline's workers; claims of other hosts are left to their leases.
   */
  public int releaseClaimsOfDeadProcesses() {
    return jdbi.inTransaction(h -> {
      List<String> workers = h.createQuery("select distinct claimed_by from outbox"
              + " where state = 'queued' and lease_until > now() and claimed_by like :pattern")
          .bind("pattern", LocalWorkers.namePattern())
          .mapTo(String.class).list();
      int released = 0;
      for (String worker : workers) {
        if (!LocalWorkers.ended(worker)) {
          continue;
        }
        released += h.createUpdate("update outbox set lease_until = null, claimed_by = null"
                + " where claimed_by = :worker and state = 'queued'")
            .bind("worker", worker).execute();
      }
      return released;
    });
  }

  /** Queued rows due now or within {@code horizon}, leased ones included. */
  public int due(Duration horizon) {
    return jdbi.withHandle(h -> h.createQuery("""
            select count(*) from outbox where state = 'queued'
              and not_before <= now() + make_interval(secs => :horizon)""")
        .bind("horizon", (double) horizon.toSeconds())
        .mapTo(Integer.class).one());
  }

  /** Rows per state (queued, sent, failed, suppressed), every state present. */
  public Map<String, Integer> countByState() {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (String state : List.of("queued", "sent", "failed", "suppressed")) {
      out.put(state, 0);
    }
    jdbi.useHandle(h -> h.createQuery("select state, count(*) from outbox group by state")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** A row that failed or is waiting for a retry, for the admin page. */
  public record Problem(long id, String recipient, String state, int attempts, Instant notBefore,
      String lastError) {}

  /** The latest rows with an error (failed, or queued for a retry), newest first. */
  public List<Problem> recentProblems(int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select id, recipient, state, attempts, not_before, last_error from outbox
            where last_error is not null and state in ('queued', 'failed')
            order by coalesce(lease_until, not_before) desc, id desc limit :limit""")
        .bind("limit", limit)
        .map((rs, ctx) -> new Problem(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
        .list());
  }

  private static Map<String, String> headers(String json) {
    try {
      return MAPPER.readValue(json,
          new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("outbox headers are not a JSON object of strings", e);
    }
  }

  private static String headersJson(OutgoingMail mail) {
    try {
      return MAPPER.writeValueAsString(new java.util.TreeMap<>(mail.headers()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();
}
