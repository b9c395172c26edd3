package org.newsdesk.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its page says: a day, a day and a time of day,
 * or both with the page's UTC offset. Nothing is invented: a page that gives no offset has none
 * here (the local time of the newsroom is not UTC), and one that gives only the day has no time.
 *
 * @param date the calendar day
 * @param time the time of day, when the page gives one
 * @param offset the UTC offset the page gives with its time ("Z" is +00:00)
 * @param source where on the page the date was read
 */
public record PublicationDate(
    LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset, Source source) {

  /** Where a date was read, most trusted first. */
  public enum Source {
    /** schema.org {@code datePublished} of the page's JSON-LD article. */
    JSON_LD,
    /** OpenGraph {@code article:published_time}. */
    OPEN_GRAPH,
    /** A meta tag or microdata property (date, pubdate, DC.date, parsely-pub-date, itemprop=datePublished…). */
    META_TAG,
    /** A {@code <time datetime>} element (or a microformat's published date) in the page. */
    TIME_ELEMENT,
    /**
     * A date stamp in the page's visible text by the headline or byline ("Published 5 March
     * 2024", "Updated Nov. 3, 2019 7:05 p.m. ET", "3 hours ago" when the fetch time is known).
     */
    DATELINE,
    /** A date in the URL's path, such as {@code /2019/11/05/}. */
    URL,
    /** The {@code published} field of a record handed to Newsdesk (a JSON Lines file, a labelled set). */
    RECORD
  }

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(source, "source");
    if (offset.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("an offset needs a time of day; got " + date + " " + offset.get());
    }
  }

  public static PublicationDate ofDay(LocalDate date, Source source) {
    return new PublicationDate(date, Optional.empty(), Optional.empty(), source);
  }

  public static PublicationDate ofOffset(OffsetDateTime dateTime, Source source) {
    return new PublicationDate(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()),
        Optional.of(dateTime.getOffset()), source);
  }

  /**
   * A date as a record's {@code published} field writes it: any form a page's date field may take
   * (ISO 8601 and its variants, RFC 1123, "March 5, 2024 2:03 PM EST", Unix seconds or
   * milliseconds), read as strictly as from a page.
   */
  public static Optional<PublicationDate> read(String text) {
    return DateText.parse(text, Source.RECORD);
  }

  /**
   * The instant Newsdesk stores: the date's own when it has an offset; a time without one is read
   * as UTC, and a day without a time as midday UTC — the middle of the day keeps the date on its
   * day in every time zone from UTC−11 to UTC+11.
   */
  public Instant toInstant() {
    return toOffsetDateTime().map(OffsetDateTime::toInstant)
        .orElseGet(() -> date.atTime(time.orElse(LocalTime.NOON)).toInstant(ZoneOffset.UTC));
  }

  /** The instant, when the page gave a time and an offset. */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return offset.map(o -> OffsetDateTime.of(date, time.orElseThrow(), o));
  }

  /** How many of day, time and offset the page gave (1 to 3). */
  int precision() {
    return 1 + (time.isPresent() ? 1 : 0) + (offset.isPresent() ? 1 : 0);
  }

  /** ISO 8601 at the precision the page gave: {@code 2019-11-05}, {@code 2019-11-05T14:03:00}, {@code 2019-11-05T14:03:00-05:00}. */
  public String iso() {
    if (time.isEmpty()) {
      return date.toString();
    }
    if (offset.isEmpty()) {
      return LocalDateTime.of(date, time.get()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return toOffsetDateTime().orElseThrow().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
