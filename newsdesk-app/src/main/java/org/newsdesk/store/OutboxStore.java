package org.newsdesk.store;

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
    return h.createQuery("""
            insert into outbox (subscriber_id, kind, digest_day, recipient, message_id, subject,
              html_body, text_body, headers)
            values (:subscriber, :kind, :day, :recipient, :messageId, :subject, :html, :text,
              cast(:headers as jsonb))
            on conflict (subscriber_id, kind, digest_day) do nothing
            returning id""")
        .bind("subscriber", mail.subscriberId().orElse(null))
        .bind("kind", mail.kind().dbName())
        .bind("day", mail.digestDay().orElse(null))
        .bind("recipient", mail.recipient())
        .bind("messageId", mail.messageId())
        .bind("subject", mail.subject())
        .bind("html", mail.html())
        .bind("text", mail.text())
        .bind("headers", headersJson(mail))
        .mapTo(Long.class).findOne();
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
