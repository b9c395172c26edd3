package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.Database;
import org.newsdesk.store.SinkStore;

/** Old bodies go, rows stay; nothing not yet sent and nothing recent is touched. */
class MailRetentionTest {

  private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

  @Test
  void emptiesOldSentBodiesKeepsTheRowsAndLeavesQueuedAndRecentMailAlone() {
    Database db = DeliverFixtures.freshDb();
    long oldSent = DeliverFixtures.enqueue(db, DeliverFixtures.digest("a@example.org", 0));
    long oldQueued = DeliverFixtures.enqueue(db, DeliverFixtures.digest("b@example.org", 0));
    long recentSent = DeliverFixtures.enqueue(db, DeliverFixtures.digest("c@example.org", 0));
    db.jdbi().useHandle(h -> {
      h.execute("update outbox set state = 'sent' where id in (?, ?)", oldSent, recentSent);
      h.execute("update outbox set created_at = ? where id in (?, ?)",
          NOW.minus(Duration.ofDays(31)), oldSent, oldQueued);
      h.execute("update outbox set created_at = ? where id = ?",
          NOW.minus(Duration.ofDays(29)), recentSent);
    });
    SinkStore sink = new SinkStore(db);
    long oldMessage = sink.store("x@example.org", List.of("a@example.org"), Optional.empty(),
        Optional.of("old"), "Subject: old\r\n\r\nold".getBytes());
    long newMessage = sink.store("x@example.org", List.of("a@example.org"), Optional.empty(),
        Optional.of("new"), "Subject: new\r\n\r\nnew".getBytes());
    db.jdbi().useHandle(h -> h.execute("update sink_message set received_at = ? where id = ?",
        NOW.minus(Duration.ofDays(40)), oldMessage));

    MailRetention retention = new MailRetention(db, Duration.ofDays(30));
    MailRetention.Pruned pruned = retention.prune(NOW);

    assertThat(pruned).isEqualTo(new MailRetention.Pruned(1, 1));
    assertThat(textBody(db, oldSent)).isEmpty();
    assertThat(textBody(db, oldQueued)).contains("Zürich talks");
    assertThat(textBody(db, recentSent)).contains("Zürich talks");
    int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox")
        .mapTo(Integer.class).one());
    assertThat(rows).as("the rows stay: they keep a day to one digest").isEqualTo(3);
    assertThat(sink.byId(oldMessage)).isEmpty();
    assertThat(sink.byId(newMessage)).isPresent();
    assertThat(retention.prune(NOW)).isEqualTo(new MailRetention.Pruned(0, 0));
  }

  private static String textBody(Database db, long id) {
    return db.jdbi().withHandle(h -> h.createQuery("select text_body from outbox where id = ?")
        .bind(0, id).mapTo(String.class).one());
  }
}
