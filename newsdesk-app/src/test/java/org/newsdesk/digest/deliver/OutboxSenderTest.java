package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SuppressionStore;

/** The sender against GreenMail's real SMTP server. */
class OutboxSenderTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  private Database db;

  @BeforeEach
  void setUp() {
    db = DeliverFixtures.freshDb();
  }

  private OutboxSender sender() {
    return DeliverFixtures.sender(db, DeliverFixtures.plain(smtp.getSmtp().getPort()));
  }

  @Test
  void aQueuedRowArrivesWithItsHeadersBothPartsAndItsStoredMessageId() throws Exception {
    OutgoingMail mail = DeliverFixtures.digest("ann@example.com", 0);
    long id = DeliverFixtures.enqueue(db, mail);

    assertThat(sender().drain("test/1")).isEqualTo(1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getMessageID()).isEqualTo(mail.messageId());
    assertThat(m.getSubject()).isEqualTo(mail.subject());
    assertThat(m.getHeader("From", null)).isEqualTo(DeliverFixtures.FROM);
    assertThat(m.getHeader("To", null)).isEqualTo("ann@example.com");
    assertThat(m.getSentDate()).isNotNull();
    assertThat(m.getHeader("List-Unsubscribe", null))
        .isEqualTo(mail.headers().get("List-Unsubscribe"));
    assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(m.getHeader("Precedence")).isNull();
    assertThat(m.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) m.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain")
        .containsIgnoringCase("utf-8");
    assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding"))
        .containsExactly("quoted-printable");
    assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
        .isEqualTo(mail.text());
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat((String) parts.getBodyPart(1).getContent()).isEqualTo(mail.html());
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("sent");
    assertThat(DeliverFixtures.column(db, id, "attempts")).isEqualTo("1");
    assertThat(DeliverFixtures.column(db, id, "sent_at")).isNotNull();
  }

  @Test
  void aRetryAfterAFailedAttemptReusesTheMessageId() throws Exception {
    OutgoingMail mail = DeliverFixtures.digest("bob@example.com", 0);
    long id = DeliverFixtures.enqueue(db, mail);
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    // Nobody listens: the connection is refused, a temporary failure.
    DeliverFixtures.sender(db, DeliverFixtures.plain(closedPort)).drain("test/1");
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("queued");
    assertThat(DeliverFixtures.column(db, id, "last_error")).contains("Connect");
    assertThat(new OutboxStore(db).due(java.time.Duration.ZERO)).isZero();

    db.jdbi().useHandle(h -> h.execute("update outbox set not_before = now() where id = ?", id));
    sender().drain("test/2");

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getMessageID()).isEqualTo(mail.messageId());
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("sent");
    assertThat(DeliverFixtures.column(db, id, "attempts")).isEqualTo("2");
  }

  @Test
  void aSuppressedRecipientIsNotSent() throws Exception {
    long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("Gone@Example.com", 0));
    long other = DeliverFixtures.enqueue(db, DeliverFixtures.digest("here@example.com", 0));
    new SuppressionStore(db).add("gone@example.com", "hard bounce: 550 no such user");

    sender().drain("test/1");

    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getHeader("To", null))
        .containsExactly("here@example.com");
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("suppressed");
    assertThat(DeliverFixtures.column(db, other, "state")).isEqualTo("sent");
  }

  @Test
  void twoSendersOnTwoThreadsSendEachRowOnce() throws Exception {
    int rows = 120;
    for (int i = 0; i < rows; i++) {
      DeliverFixtures.enqueue(db, DeliverFixtures.digest("reader" + i + "@example.com", 0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> handled = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      OutboxSender s = sender();
      String worker = "test/" + t;
      handled.add(pool.submit(() -> s.drain(worker)));
    }
    int total = 0;
    for (Future<Integer> f : handled) {
      total += f.get();
    }
    pool.shutdown();

    assertThat(total).isEqualTo(rows);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(rows);
    Set<String> ids = new HashSet<>();
    for (MimeMessage m : received) {
      ids.add(m.getMessageID());
    }
    assertThat(ids).hasSize(rows);
    assertThat(new OutboxStore(db).countByState()).containsEntry("sent", rows);
  }
}
