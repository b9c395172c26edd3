package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private final RetryPolicy noJitter = new RetryPolicy(Duration.ofMinutes(1),
      Duration.ofHours(24), () -> 0.0);

  @Test
  void deltaSecondsAreCountedFromNow() {
    assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(NOW.plusSeconds(120));
    assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).contains(NOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sun, 01 Mar 2026 12:30:00 GMT",   // IMF-fixdate
      "Sunday, 01-Mar-26 12:30:00 GMT",  // obsolete RFC 850
      "Sun Mar  1 12:30:00 2026",        // obsolete asctime
  })
  void everyHttpDateFormIsUnderstood(String date) {
    assertThat(RetryPolicy.parseRetryAfter(date, NOW))
        .contains(Instant.parse("2026-03-01T12:30:00Z"));
  }

  @Test
  void aDateAlreadyPastMeansNow() {
    assertThat(RetryPolicy.parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT", NOW)).contains(NOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5", "2026-03-01T12:30:00Z"})
  void anythingElseIsNoRetryAfterAndTheBackoffDecides(String value) {
    assertThat(RetryPolicy.parseRetryAfter(value, NOW)).isEmpty();
    assertThat(noJitter.retryAt(Optional.of(value), 1, NOW)).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void anAbsurdDeltaDoesNotOverflowAndIsCutToTheCap() {
    assertThat(noJitter.retryAt(Optional.of("99999999999999999999999"), 1, NOW))
        .isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void retryAfterWinsOverTheBackoff() {
    assertThat(noJitter.retryAt(Optional.of("5"), 10, NOW)).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void theBackoffDoublesFromTheBaseUpToTheCap() {
    assertThat(noJitter.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(noJitter.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(noJitter.backoff(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(noJitter.backoff(11)).isEqualTo(Duration.ofMinutes(1024));
    assertThat(noJitter.backoff(12)).isEqualTo(Duration.ofHours(24));
    assertThat(noJitter.backoff(1_000)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void jitterStretchesTheWaitByLessThanAQuarterButNeverPastTheCap() {
    RetryPolicy most = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(24), () -> 0.999);
    assertThat(most.backoff(3)).isGreaterThan(Duration.ofMinutes(4))
        .isLessThan(Duration.ofMinutes(5));
    assertThat(most.backoff(12)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void failuresAreCountedFromOne() {
    assertThatThrownBy(() -> noJitter.backoff(0))
        .hasMessage("failures must be >= 1; got 0");
  }
}
