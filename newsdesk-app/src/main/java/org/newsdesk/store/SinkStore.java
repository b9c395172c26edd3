package org.newsdesk.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Mail the built-in SMTP sink received, for an admin to read. */
public final class SinkStore {

  /** One received message, without its raw bytes. */
  public record SinkSummary(long id, Instant receivedAt, String mailFrom, List<String> recipients,
      Optional<String> messageId, Optional<String> subject) {}

  /** One received message with its raw bytes. */
  public record SinkMessage(SinkSummary summary, byte[] raw) {}

  private final Jdbi jdbi;

  public SinkStore(Database db) {
    this.jdbi = db.jdbi();
  }

  public long store(String mailFrom, List<String> recipients, Optional<String> messageId,
      Optional<String> subject, byte[] raw) {
    return jdbi.withHandle(h -> h.createQuery("""
            insert into sink_message (mail_from, recipients, message_id, subject, raw)
            values (:from, :recipients, :messageId, :subject, :raw) returning id""")
        .bind("from", mailFrom)
        .bind("recipients", recipients.toArray(String[]::new))
        .bind("messageId", messageId.orElse(null))
        .bind("subject", subject.orElse(null))
        .bind("raw", raw)
        .mapTo(Long.class).one());
  }

  /** Newest first. */
  /** Deletes what the sink received before {@code before}; returns how many messages. */
  public int deleteBefore(Instant before) {
    return jdbi.withHandle(h -> h.createUpdate(
            "delete from sink_message where received_at < :before")
        .bind("before", before).execute());
  }

  public List<SinkSummary> latest(int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select id, received_at, mail_from, recipients, message_id, subject
            from sink_message order by received_at desc, id desc limit :limit""")
        .bind("limit", limit)
        .map((rs, ctx) -> summary(rs))
        .list());
  }

  public Optional<SinkMessage> byId(long id) {
    return jdbi.withHandle(h -> h.createQuery("""
            select id, received_at, mail_from, recipients, message_id, subject, raw
            from sink_message where id = :id""")
        .bind("id", id)
        .map((rs, ctx) -> new SinkMessage(summary(rs), rs.getBytes(7)))
        .findOne());
  }

  private static SinkSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new SinkSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
        Arrays.asList((String[]) rs.getArray(4).getArray()),
        Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)));
  }
}
