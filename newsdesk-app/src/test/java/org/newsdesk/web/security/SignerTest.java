package org.newsdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final Signer signer = new Signer(ServerSecret.of(bytes(1)));

  @Test
  void aTokenGivesBackItsSubjectBeforeItExpires() {
    String token = signer.sign("confirm", "reader@example.org", NOW.plus(Duration.ofDays(2)));

    assertThat(token).matches("[A-Za-z0-9_.-]+");
    assertThat(signer.verify("confirm", token, NOW)).contains("reader@example.org");
    assertThat(signer.verify("confirm", token, NOW.plus(Duration.ofDays(1)))).isPresent();
  }

  @Test
  void subjectsWithDotsAndNonAsciiSurvive() {
    String subject = "ünïcode.name+tag@example.org.";
    assertThat(signer.verify("confirm", signer.sign("confirm", subject, NOW.plusSeconds(60)),
        NOW)).contains(subject);
  }

  @Test
  void aTokenForOnePurposeFailsForAnother() {
    String token = signer.sign("confirm", "reader@example.org", NOW.plusSeconds(60));

    assertThat(signer.verify("unsubscribe", token, NOW)).isEmpty();
    assertThat(signer.verify("admin", token, NOW)).isEmpty();
  }

  @Test
  void anExpiredTokenFails() {
    String token = signer.sign("confirm", "reader@example.org", NOW.plusSeconds(60));

    assertThat(signer.verify("confirm", token, NOW.plusSeconds(60))).isEmpty();
    assertThat(signer.verify("confirm", token, NOW.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void aTamperedTokenFails() {
    String token = signer.sign("confirm", "reader@example.org", NOW.plusSeconds(60));
    String payload = token.substring(0, token.indexOf('.'));
    String mac = token.substring(token.indexOf('.') + 1);
    String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        (NOW.plusSeconds(60).getEpochSecond() + ".attacker@example.org").getBytes());
    String longerLife = Base64.getUrlEncoder().withoutPadding().encodeToString(
        (NOW.plus(Duration.ofDays(999)).getEpochSecond() + ".reader@example.org").getBytes());

    assertThat(signer.verify("confirm", otherPayload + "." + mac, NOW)).isEmpty();
    assertThat(signer.verify("confirm", longerLife + "." + mac, NOW)).isEmpty();
    assertThat(signer.verify("confirm", payload + "." + flipFirst(mac), NOW)).isEmpty();
    assertThat(signer.verify("confirm", payload + "." + mac.substring(1), NOW)).isEmpty();
  }

  @Test
  void aTokenFromAnotherServersSecretFails() {
    String token = new Signer(ServerSecret.of(bytes(2)))
        .sign("confirm", "reader@example.org", NOW.plusSeconds(60));

    assertThat(signer.verify("confirm", token, NOW)).isEmpty();
  }

  @Test
  void garbageIsEmptyNeverAnException() {
    for (String garbage : new String[] {"", ".", "..", "abc", "a.b.c", "%%%.%%%", "AAAA.",
        ".AAAA", "x".repeat(10_000), "\u0000.\u0000", "AAAA.AAAA"}) {
      assertThat(signer.verify("confirm", garbage, NOW)).as(garbage).isEmpty();
    }
    assertThat(signer.verify("confirm", null, NOW)).isEmpty();
  }

  @Test
  void aBlankPurposeIsAProgrammingError() {
    assertThatThrownBy(() -> signer.sign(" ", "x", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\" \"");
  }

  static byte[] bytes(int seed) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) seed);
    return b;
  }

  private static String flipFirst(String s) {
    return (s.charAt(0) == 'A' ? "B" : "A") + s.substring(1);
  }
}
