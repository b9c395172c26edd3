package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.TestStore;

/**
 * The digest's crash drill, small: 150 subscribers, 3 SIGKILLs while composing and 3 while
 * sending, real child JVMs, real PostgreSQL and real SMTP.
 */
class DigestCrashDrillTest {

  @Test
  void everySubscriberWithNewsGetsExactlyOneDigestDespiteKills() throws Exception {
    DigestCrashDrill.Result r = new DigestCrashDrill(TestStore.fresh(),
        Path.of("../shared/data"), TestStore.dataDir(),
        line -> System.out.println("digest drill: " + line)).run(150, 3, 500, 42);
    System.out.println("digest drill: " + r);

    DigestCrashDrill.Composed c = r.composed();
    // A fifth follow only a place with no news; most of the rest have some.
    assertThat(c.withNews()).isBetween(60, 120);
    assertThat(c.digests()).isEqualTo(c.withNews());
    assertThat(c.withNewsWithOneDigest()).isEqualTo(c.withNews());
    assertThat(c.withoutNewsMailed()).isZero();
    assertThat(c.stillDue()).isZero();
    assertThat(c.digestsWithoutStories()).isZero();
    assertThat(c.runs()).isGreaterThan(3);

    DigestCrashDrill.Sent s = r.sent();
    assertThat(s.mails()).isEqualTo(c.withNews());
    assertThat(s.rowsSent()).isEqualTo(s.mails());
    assertThat(s.distinctMessageIds()).isEqualTo(s.mails());
    assertThat(s.recipientsWithOneMessageId()).isEqualTo(s.mails());
    assertThat(s.rowsWhoseMessageIdArrived()).isEqualTo(s.mails());
    // Two of the three kills land inside DATA, before the 250: each forces one resend.
    assertThat(s.killsInHandler()).isEqualTo(2);
    assertThat(s.duplicates()).isGreaterThanOrEqualTo(s.killsInHandler());
    assertThat(r.passed()).isTrue();
  }
}
