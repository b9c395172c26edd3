package org.newsdesk.digest.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.digest.DigestFixture;
import org.newsdesk.digest.DigestSchedule;

/**
 * Subscribers around the world, and one across the end of daylight saving time in New York
 * (1 November 2026), get their digest at 07:00 on their own clock: the run is driven every half
 * hour (Kolkata's 07:00 is 01:30 UTC) over three days with a fresh story every hour, and the instants their digests are stored at are
 * checked.
 */
class DigestTimeZonesTest {

  private static final Instant START = Instant.parse("2026-10-30T12:00:00Z");
  private static final Instant END = Instant.parse("2026-11-02T18:00:00Z");
  private static final List<String> ZONES = List.of("Pacific/Honolulu", "UTC", "Asia/Kolkata",
      "Pacific/Kiritimati", "America/New_York");

  @Test
  void everyoneGetsTheirDigestAtSevenOnTheirOwnClock() {
    DigestFixture store = DigestFixture.fresh();
    Map<Long, String> zoneOf = new HashMap<>();
    for (String zone : ZONES) {
      long id = store.subscriber(zone.replace('/', '.') + "@example.org", zone, 7,
          DigestSchedule.nextAfter(START, ZoneId.of(zone), 7), null);
      zoneOf.put(id, zone);
    }
    DigestRun run = store.run(10, 1, DigestRun.Hook.NONE);
    Map<String, List<Instant>> storedAt = new HashMap<>();
    Map<String, List<LocalDate>> days = new HashMap<>();

    for (Instant t = START; !t.isAfter(END); t = t.plus(Duration.ofMinutes(30))) {
      store.story("News of " + t, 3, t.minusSeconds(60));
      for (DigestRun.Stored s : run.runDue(t).stored()) {
        String zone = zoneOf.get(s.subscriberId());
        storedAt.computeIfAbsent(zone, z -> new ArrayList<>()).add(s.at());
        days.computeIfAbsent(zone, z -> new ArrayList<>()).add(s.day());
      }
    }

    for (String zone : ZONES) {
      assertThat(storedAt.get(zone)).as(zone).isEqualTo(sevenOClocks(ZoneId.of(zone)));
      assertThat(days.get(zone)).as(zone).isEqualTo(storedAt.get(zone).stream()
          .map(i -> i.atZone(ZoneId.of(zone)).toLocalDate()).toList());
    }
    // Spelled out for the two edges: the day's first zone, and the clock going back an hour.
    assertThat(storedAt.get("Pacific/Kiritimati")).containsExactly(
        Instant.parse("2026-10-30T17:00:00Z"), Instant.parse("2026-10-31T17:00:00Z"),
        Instant.parse("2026-11-01T17:00:00Z"), Instant.parse("2026-11-02T17:00:00Z"));
    assertThat(storedAt.get("America/New_York")).containsExactly(
        Instant.parse("2026-10-31T11:00:00Z"), Instant.parse("2026-11-01T12:00:00Z"),
        Instant.parse("2026-11-02T12:00:00Z"));
    assertThat(storedAt.get("Asia/Kolkata")).containsExactly(
        Instant.parse("2026-10-31T01:30:00Z"), Instant.parse("2026-11-01T01:30:00Z"),
        Instant.parse("2026-11-02T01:30:00Z"));
    assertThat(storedAt.get("Pacific/Honolulu")).containsExactly(
        Instant.parse("2026-10-30T17:00:00Z"), Instant.parse("2026-10-31T17:00:00Z"),
        Instant.parse("2026-11-01T17:00:00Z"), Instant.parse("2026-11-02T17:00:00Z"));
  }

  /** 07:00 local in (START, END], computed from the zone rules, not from the schedule. */
  private static List<Instant> sevenOClocks(ZoneId zone) {
    List<Instant> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 10, 29); d.isBefore(LocalDate.of(2026, 11, 5));
        d = d.plusDays(1)) {
      Instant at = ZonedDateTime.of(d, LocalTime.of(7, 0), zone).toInstant();
      if (at.isAfter(START) && !at.isAfter(END)) {
        out.add(at);
      }
    }
    return out;
  }
}
