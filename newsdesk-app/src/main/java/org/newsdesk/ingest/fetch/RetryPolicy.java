package org.newsdesk.ingest.fetch;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to ask a server again after it said "not now" (429, 503, other 5xx) or did not answer.
 *
 * <p>The server's own {@code Retry-After} wins when it sent one, in either form HTTP allows
 * (delta-seconds or an HTTP-date). Otherwise the wait doubles with each consecutive failure, from
 * {@code base} up to {@code cap}, stretched by a random 0–25 % so that the feeds of one host that
 * failed together do not all come back in the same second. Pure apart from the jitter source,
 * which tests fix.
 */
public final class RetryPolicy {

  private final Duration base;
  private final Duration cap;
  private final DoubleSupplier jitter;

  /**
   * @param base the wait after the first failure
   * @param cap the longest wait, also the most a Retry-After can ask for
   * @param jitter values in [0, 1); 0 means no stretch
   */
  public RetryPolicy(Duration base, Duration cap, DoubleSupplier jitter) {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base must be positive; got " + base);
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("cap must be >= base " + base + "; got " + cap);
    }
    this.base = base;
    this.cap = cap;
    this.jitter = jitter;
  }

  /** One minute after the first failure, doubling, at most a day. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(24),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * When to try again.
   *
   * @param retryAfter the response's Retry-After header, if it had one
   * @param failures consecutive failures including this one (1 for the first)
   */
  public Instant retryAt(Optional<String> retryAfter, int failures, Instant now) {
    Optional<Instant> asked = retryAfter.flatMap(value -> parseRetryAfter(value, now));
    if (asked.isPresent()) {
      Instant latest = now.plus(cap);
      return asked.get().isAfter(latest) ? latest : asked.get();
    }
    return now.plus(backoff(failures));
  }

  /** The wait after {@code failures} consecutive failures, without a Retry-After. */
  public Duration backoff(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be >= 1; got " + failures);
    }
    // 2^40 minutes is far past any cap; stopping there keeps the multiplication from overflowing.
    long factor = 1L << Math.min(failures - 1, 40);
    double stretch = 1 + 0.25 * jitter.getAsDouble();
    double millis = base.toMillis() * (double) factor * stretch;
    return millis >= cap.toMillis() ? cap : Duration.ofMillis((long) millis);
  }

  // Day and month names are English in HTTP whatever the machine's locale, hence Locale.US.
  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (and the RFC 1123 dates it narrows)
      DateTimeFormatter.RFC_1123_DATE_TIME,
      // obsolete RFC 850, "Sunday, 06-Nov-94 08:49:37 GMT"
      new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US),
      // obsolete asctime, "Sun Nov  6 08:49:37 1994"
      new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern("EEE MMM ppd HH:mm:ss yyyy")
          .toFormatter(Locale.US));

  /**
   * The instant a Retry-After value names: {@code now} plus delta-seconds, or an HTTP-date (a
   * date already past means now). Empty for a value that is neither, which callers treat as no
   * header at all.
   */
  public static Optional<Instant> parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Ten digits are over 300 years: enough for any server, and no overflow.
      long seconds = v.length() > 10 ? 9_999_999_999L : Long.parseLong(v);
      return Optional.of(now.plusSeconds(seconds));
    }
    for (DateTimeFormatter format : HTTP_DATES) {
      try {
        Instant at = format == DateTimeFormatter.RFC_1123_DATE_TIME
            ? ZonedDateTime.parse(v, format).toInstant()
            : LocalDateTime.parse(v, format).toInstant(ZoneOffset.UTC);
        return Optional.of(at.isBefore(now) ? now : at);
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
