package org.newsdesk.digest.deliver;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SuppressionStore;
import org.newsdesk.store.TestStore;

/** Outbox rows and senders for the delivery tests. */
final class DeliverFixtures {

  static final String FROM = "Newsdesk <digest@news.example.org>";

  private DeliverFixtures() {}

  /** The shared test database, emptied. */
  static Database freshDb() {
    return TestStore.fresh();
  }

  /** A digest for {@code recipient}, with one-click unsubscribe headers and non-ASCII text. */
  static OutgoingMail digest(String recipient, int day) {
    String unsubscribe = "https://news.example.org/unsubscribe?t=tok-" + day + "-" + recipient;
    return new OutgoingMail(Optional.empty(), OutgoingMail.Kind.DIGEST,
        Optional.of(LocalDate.of(2026, 11, 1).plusDays(day)), recipient,
        OutgoingMail.newMessageId("news.example.org"),
        "Your digest: Zürich talks — “ceasefire” holds",
        "<html><body><h1>Zürich talks</h1><p>The ceasefire holds — day " + day
            + ".</p><script>alert('x')</script></body></html>",
        "Zürich talks\n\nThe ceasefire holds — day " + day + ".\n",
        Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
            "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
  }

  static long enqueue(Database db, OutgoingMail mail) {
    return new OutboxStore(db).enqueue(mail).orElseThrow();
  }

  static MailSettings.Relay plain(int port) {
    return new MailSettings.Relay("127.0.0.1", port, false, false, Optional.empty(),
        Optional.empty());
  }

  static OutboxSender sender(Database db, MailSettings.Relay relay) {
    return sender(db, relay, new Properties(), Optional.empty());
  }

  static OutboxSender sender(Database db, MailSettings.Relay relay, Properties extra,
      Optional<DkimSigning> dkim) {
    SmtpTransport transport = new SmtpTransport(relay, "digest@news.example.org", extra);
    return new OutboxSender(new OutboxStore(db), new SuppressionStore(db),
        new MimeMessages(transport.session(), FROM, dkim), transport, new RateLimiter(10_000));
  }

  /** One column of one outbox row. */
  static String column(Database db, long id, String column) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select " + column + "::text from outbox where id = :id")
        .bind("id", id).mapTo(String.class).one());
  }
}
