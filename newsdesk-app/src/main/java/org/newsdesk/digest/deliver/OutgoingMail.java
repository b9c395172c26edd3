package org.newsdesk.digest.deliver;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An email as composed and stored in the outbox, before it is sent: everything needed to build
 * the same MIME message on every attempt (the Message-ID included, so a retry is recognisably
 * the same message).
 *
 * @param digestDay the subscriber's local day for a digest; empty for a confirmation
 * @param headers extra headers, e.g. {@code List-Unsubscribe}, {@code List-Unsubscribe-Post}
 */
public record OutgoingMail(Optional<Long> subscriberId, Kind kind, Optional<LocalDate> digestDay,
    String recipient, String messageId, String subject, String html, String text,
    Map<String, String> headers) {

  public enum Kind {
    DIGEST, CONFIRM;

    public String dbName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public OutgoingMail {
    headers = Map.copyOf(headers);
  }

  /** A fresh Message-ID: random, under the sender's domain. */
  public static String newMessageId(String domain) {
    return "<" + java.util.UUID.randomUUID() + "@" + domain + ">";
  }
}
