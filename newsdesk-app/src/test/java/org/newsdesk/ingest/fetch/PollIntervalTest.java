package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollIntervalTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  private static List<Instant> every(Duration gap, int count, Instant newest) {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      times.add(newest.minus(gap.multipliedBy(i)));
    }
    return times;
  }

  @Test
  void aFeedPostingEveryFourHoursIsPolledEveryTwo() {
    assertThat(PollInterval.next(every(Duration.ofHours(4), 8, NOW.minusSeconds(600)), NOW, HOUR))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aFeedThatJustPublishedABurstIsPolledAtTheShortestInterval() {
    assertThat(PollInterval.next(every(Duration.ofMinutes(3), 20, NOW), NOW,
        Duration.ofHours(12))).isEqualTo(PollInterval.MIN);
  }

  @Test
  void theItemOrderDoesNotMatter() {
    List<Instant> times = new ArrayList<>(every(Duration.ofHours(4), 8, NOW));
    java.util.Collections.reverse(times);
    assertThat(PollInterval.next(times, NOW, HOUR)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void onlyTheNewestItemsCountSoASpeedUpIsNoticed() {
    List<Instant> times = new ArrayList<>(every(Duration.ofMinutes(40), 10, NOW));
    times.addAll(every(Duration.ofDays(3), 30, NOW.minus(Duration.ofDays(1))));
    assertThat(PollInterval.next(times, NOW, HOUR)).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void aFeedSilentSinceItsLastBurstIsPolledLessOften() {
    List<Instant> burstLastWeek = every(Duration.ofMinutes(5), 10, NOW.minus(Duration.ofDays(7)));
    assertThat(PollInterval.next(burstLastWeek, NOW, HOUR)).isEqualTo(PollInterval.MAX);
    List<Instant> burstSixHoursAgo = every(Duration.ofMinutes(5), 10, NOW.minus(Duration.ofHours(6)));
    assertThat(PollInterval.next(burstSixHoursAgo, NOW, HOUR)).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void withoutDatesThePreviousIntervalGrowsByHalfUpToADay() {
    assertThat(PollInterval.next(List.of(), NOW, HOUR)).isEqualTo(Duration.ofMinutes(90));
    assertThat(PollInterval.next(List.of(NOW.minusSeconds(60)), NOW, HOUR))
        .isEqualTo(Duration.ofMinutes(90));
    assertThat(PollInterval.next(List.of(), NOW, Duration.ofHours(20)))
        .isEqualTo(PollInterval.MAX);
  }

  @Test
  void itemsAllStampedWithOneBuildTimeSayNothingAboutTheRate() {
    List<Instant> sameStamp = List.of(NOW, NOW, NOW, NOW, NOW);
    assertThat(PollInterval.next(sameStamp, NOW, HOUR)).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void itemsDatedInTheFutureCountAsNow() {
    List<Instant> times = List.of(NOW.plus(Duration.ofDays(30)), NOW.minus(Duration.ofHours(2)));
    assertThat(PollInterval.next(times, NOW, HOUR)).isEqualTo(HOUR);
  }

  @Test
  void theResultStaysWithinTheBounds() {
    assertThat(PollInterval.next(List.of(), NOW, Duration.ofMinutes(1)))
        .isEqualTo(PollInterval.MIN);
    assertThat(PollInterval.next(every(Duration.ofDays(10), 5, NOW), NOW, HOUR))
        .isEqualTo(PollInterval.MAX);
  }
}
