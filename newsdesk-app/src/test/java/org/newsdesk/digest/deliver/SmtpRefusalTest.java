package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SuppressionStore;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Refusals from a real SMTP server (subethasmtp; GreenMail accepts everything): a 550 for a
 * recipient fails the row and suppresses the address, a 451 puts it back for later.
 */
class SmtpRefusalTest {

  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private SMTPServer server;
  private Database db;

  @BeforeEach
  void setUp() {
    db = DeliverFixtures.freshDb();
    server = SMTPServer.port(0)
        .bindAddress(InetAddress.getLoopbackAddress())
        .hostName("localhost")
        .messageHandlerFactory(context -> new org.subethamail.smtp.MessageHandler() {
          @Override
          public void from(String from) {}

          @Override
          public void recipient(String recipient) throws RejectException {
            if (recipient.startsWith("nobody@")) {
              throw new RejectException(550, "5.1.1 <" + recipient + ">: no such user");
            }
            if (recipient.startsWith("greylisted@")) {
              throw new RejectException(451, "4.7.1 greylisted, try again later");
            }
            delivered.add(recipient);
          }

          @Override
          public String data(java.io.InputStream data) throws java.io.IOException {
            data.readAllBytes();
            return null;
          }

          @Override
          public void done() {}
        })
        .build();
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop();
  }

  private OutboxSender sender() {
    return DeliverFixtures.sender(db, DeliverFixtures.plain(server.getPortAllocated()));
  }

  @Test
  void a550FailsTheRowSuppressesTheAddressAndIsNotRetried() throws Exception {
    long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("nobody@example.com", 0));
    long fine = DeliverFixtures.enqueue(db, DeliverFixtures.digest("reader@example.com", 0));

    OutboxSender sender = sender();
    sender.drain("test/1");
    // What /metrics shows as newsdesk_mail_{sent,retried,failed,suppressed}_total.
    assertThat(sender.counts()).isEqualTo(new OutboxSender.Counts(1, 0, 1, 0));

    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("failed");
    assertThat(DeliverFixtures.column(db, id, "last_error")).contains("550");
    assertThat(new SuppressionStore(db).reason("nobody@example.com")).hasValueSatisfying(r ->
        assertThat(r).startsWith("hard bounce: 550").contains("no such user"));
    // The connection survives the refusal: the next row goes out.
    assertThat(DeliverFixtures.column(db, fine, "state")).isEqualTo("sent");
    assertThat(delivered).containsExactly("reader@example.com");

    db.jdbi().useHandle(h -> h.execute("update outbox set not_before = now() - interval '1 day'"));
    assertThat(sender().drain("test/2")).isZero();
    assertThat(DeliverFixtures.column(db, id, "attempts")).isEqualTo("1");
  }

  @Test
  void a451IsRetriedLaterWithBackoffAndTheAddressIsNotSuppressed() throws Exception {
    long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("greylisted@example.com", 0));
    Instant before = Instant.now();

    OutboxSender sender = sender();
    sender.drain("test/1");
    assertThat(sender.counts()).isEqualTo(new OutboxSender.Counts(0, 1, 0, 0));

    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("queued");
    assertThat(DeliverFixtures.column(db, id, "last_error")).contains("451");
    assertThat(DeliverFixtures.column(db, id, "claimed_by")).isNull();
    Instant notBefore = db.jdbi().withHandle(h -> h.createQuery(
        "select not_before from outbox where id = :id").bind("id", id)
        .mapTo(Instant.class).one());
    assertThat(notBefore).isAfter(before.plus(Duration.ofMinutes(9)));
    assertThat(new SuppressionStore(db).reason("greylisted@example.com")).isEmpty();
    assertThat(sender().drain("test/2")).isZero(); // not due yet

    db.jdbi().useHandle(h -> h.execute("update outbox set not_before = now() where id = ?", id));
    sender().drain("test/3");
    assertThat(DeliverFixtures.column(db, id, "attempts")).isEqualTo("2");
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("queued");
  }

  @Test
  void afterTheLastAttemptATemporaryFailureFailsTheRowAndSuppressesTheAddress()
      throws Exception {
    long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("greylisted@example.com", 0));
    db.jdbi().useHandle(h -> h.execute("update outbox set attempts = ? where id = ?",
        OutboxSender.MAX_ATTEMPTS - 1, id));

    sender().drain("test/1");

    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("failed");
    assertThat(new SuppressionStore(db).reason("greylisted@example.com")).hasValueSatisfying(r ->
        assertThat(r).startsWith("repeated failures: 451"));
  }

  @Test
  void backoffDoublesFromTenMinutes() {
    assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(10));
    assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(20));
    assertThat(OutboxSender.backoff(7)).isEqualTo(Duration.ofMinutes(640));
    Duration total = Duration.ZERO;
    for (int a = 1; a < OutboxSender.MAX_ATTEMPTS; a++) {
      total = total.plus(OutboxSender.backoff(a));
    }
    assertThat(total).isBetween(Duration.ofHours(18), Duration.ofHours(30));
    assertThat(new OutboxStore(db).countByState()).containsKeys("queued", "sent", "failed",
        "suppressed");
  }
}
