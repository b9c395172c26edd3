package org.newsdesk.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  @Test
  void nextHourIsLaterTodayOrTomorrowOnTheLocalClock() {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    // 01:00 UTC is 06:30 in Kolkata: 07:00 is half an hour away.
    assertThat(DigestSchedule.nextAfter(Instant.parse("2026-11-28T01:00:00Z"), kolkata, 7))
        .isEqualTo(Instant.parse("2026-11-28T01:30:00Z"));
    // Exactly at 07:00 the next one is tomorrow's: "strictly after".
    assertThat(DigestSchedule.nextAfter(Instant.parse("2026-11-28T01:30:00Z"), kolkata, 7))
        .isEqualTo(Instant.parse("2026-11-29T01:30:00Z"));
  }

  @Test
  void zonesFarFromUtcGetTheirOwnDate() {
    ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati"); // UTC+14
    ZoneId honolulu = ZoneId.of("Pacific/Honolulu"); // UTC-10
    Instant at = Instant.parse("2026-11-28T12:00:00Z");
    assertThat(DigestSchedule.localDay(at, kiritimati)).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(DigestSchedule.localDay(at, honolulu)).isEqualTo(LocalDate.of(2026, 11, 28));
    // 02:00 on the 29th in Kiritimati: 07:00 there is five hours on, the same instant as
    // 07:00 on the 28th in Honolulu, a day apart on the calendar.
    assertThat(DigestSchedule.nextAfter(at, kiritimati, 7))
        .isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
    assertThat(DigestSchedule.nextAfter(at, honolulu, 7))
        .isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
  }

  @Test
  void theLocalHourHoldsAcrossDaylightSavingChanges() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // 2026-03-29 clocks go 02:00 -> 03:00 CET -> CEST: 07:00 is 06:00 UTC before, 05:00 after.
    Instant before = DigestSchedule.nextAfter(Instant.parse("2026-03-28T00:00:00Z"), berlin, 7);
    Instant after = DigestSchedule.nextAfter(before, berlin, 7);
    assertThat(before).isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
    assertThat(after).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    // 2026-10-25 back again: 23 hours one day, 25 the next, still 07:00 on the wall.
    Instant autumn = DigestSchedule.nextAfter(Instant.parse("2026-10-24T12:00:00Z"), berlin, 7);
    assertThat(autumn).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
  }

  @Test
  void anHourSkippedBySpringForwardMovesPastTheGapAndIsNotLost() {
    ZoneId newYork = ZoneId.of("America/New_York");
    // 2026-03-08 02:00 does not exist in New York; the digest goes at 03:00 EDT = 07:00 UTC.
    Instant next = DigestSchedule.nextAfter(Instant.parse("2026-03-08T05:00:00Z"), newYork, 2);
    assertThat(next).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
    assertThat(DigestSchedule.localDay(next, newYork)).isEqualTo(LocalDate.of(2026, 3, 8));
    // And the day after is back at 02:00 local.
    assertThat(DigestSchedule.nextAfter(next, newYork, 2))
        .isEqualTo(Instant.parse("2026-03-09T06:00:00Z"));
  }

  @Test
  void refusesHoursOutsideTheDay() {
    assertThatThrownBy(() -> DigestSchedule.nextAfter(Instant.EPOCH, ZoneId.of("UTC"), 24))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
