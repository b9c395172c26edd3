package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.store.TestStore;

/** The sender's crash drill, small: 100 digests, 3 SIGKILLs, real child JVMs and real SMTP. */
class DigestCrashDrillTest {

  @Test
  void everyRowIsSentAndEveryReaderGetsOneMessageIdDespiteKills() throws Exception {
    DigestCrashDrill.Result r = new DigestCrashDrill(TestStore.fresh(), TestStore.dataDir(),
        line -> System.out.println("digest drill: " + line)).run(100, 3, 500, 42);
    System.out.println("digest drill: " + r);
    assertThat(r.rowsSent()).isEqualTo(100);
    assertThat(r.distinctMessageIds()).isEqualTo(100);
    assertThat(r.recipientsWithOneMessageId()).isEqualTo(100);
    assertThat(r.rowsWhoseMessageIdArrived()).isEqualTo(100);
    // Two of the three kills land inside DATA, before the 250: each forces one resend.
    assertThat(r.killsInHandler()).isEqualTo(2);
    assertThat(r.duplicates()).isGreaterThanOrEqualTo(r.killsInHandler());
    assertThat(r.passed()).isTrue();
  }
}
