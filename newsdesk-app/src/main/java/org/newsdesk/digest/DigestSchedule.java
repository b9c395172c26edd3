package org.newsdesk.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a subscriber's digest is due: their hour on their wall clock, whatever the offset that
 * day. An hour that a daylight-saving change skips (02:00 on a spring-forward night) moves to
 * the first instant after the gap; an hour that happens twice (the autumn night) counts once,
 * at its earlier instant.
 */
public final class DigestSchedule {

  private DigestSchedule() {}

  /** The first instant strictly after {@code after} at which it is {@code hour}:00 in {@code zone}. */
  public static Instant nextAfter(Instant after, ZoneId zone, int hour) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour must be 0..23: " + hour);
    }
    LocalDate day = after.atZone(zone).toLocalDate();
    for (int i = 0; i < 3; i++) {
      // ZonedDateTime.of takes the earlier offset in an overlap and shifts forward in a gap.
      Instant candidate = ZonedDateTime.of(day.plusDays(i), LocalTime.of(hour, 0), zone)
          .toInstant();
      if (candidate.isAfter(after)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no " + hour + ":00 in " + zone + " after " + after);
  }

  /** The subscriber's local date at {@code at}: the "day" a digest is for. */
  public static LocalDate localDay(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }
}
