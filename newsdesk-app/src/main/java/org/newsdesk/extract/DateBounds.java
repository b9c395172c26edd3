package org.newsdesk.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a page's publication date can fall on: not before 1995 for dates read from the page's
 * text, time elements or URL (there was next to no news on the web; earlier dates there are CMS
 * defaults, birthdays and history in bylines) — a date the page states in its metadata (JSON-LD,
 * OpenGraph, meta tags) may be older, since archives publish old articles with their dates — and
 * not more than a day after the page was fetched (a date in the future is a scheduled update, an
 * event's date or a typo). When the fetch time is unknown, the time of extraction stands in for
 * it: no page was fetched later than it was read.
 *
 * @param fetchedAt when the page was fetched, if known; dates relative to it ("3 hours ago")
 *     are read only when it is
 * @param latestFetch the fetch time, or the time of extraction when it is unknown
 */
record DateBounds(Optional<Instant> fetchedAt, Instant latestFetch) {

  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
  /** Newsroom clocks, time zones and scheduled publishing put a page's own stamp ahead of ours. */
  private static final Duration SLACK = Duration.ofDays(1);

  DateBounds {
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(latestFetch, "latestFetch");
  }

  static DateBounds fetchedAt(Instant fetchedAt) {
    return new DateBounds(Optional.of(fetchedAt), fetchedAt);
  }

  /** The fetch time is unknown; {@code now} bounds it. */
  static DateBounds unknownFetch(Instant now) {
    return new DateBounds(Optional.empty(), now);
  }

  boolean allows(PublicationDate d) {
    boolean stated = d.source() == PublicationDate.Source.JSON_LD
        || d.source() == PublicationDate.Source.OPEN_GRAPH
        || d.source() == PublicationDate.Source.META_TAG;
    if (!stated && d.date().isBefore(EARLIEST)) {
      return false;
    }
    Instant latest = latestFetch.plus(SLACK);
    Optional<Instant> instant = d.toOffsetDateTime().map(t -> t.toInstant());
    if (instant.isPresent()) {
      return !instant.get().isAfter(latest);
    }
    // A day or a local time without offset: the page's day can run up to 14 hours ahead of UTC.
    return !d.date().isAfter(latest.atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
