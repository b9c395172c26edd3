package org.newsdesk.ingest.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates ROME's parser gives up on. Feeds write RFC 822 dates (RSS) and W3C/ISO 8601
 * dates (Atom, Dublin Core) with every liberty: no weekday or a wrong one, two-digit years,
 * missing seconds, zone abbreviations, a space instead of "T", no zone at all (read as UTC).
 */
final class FeedDates {

  private static final Pattern RFC822 = Pattern.compile(
      "^(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
          + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?"
          + "\\s*(?:\\([^)]*\\))?$");
  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?)?(?:[T\\s](\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]{1,5})?$");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
      Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
      Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
      Map.entry("a", -1), Map.entry("m", -12), Map.entry("n", 1), Map.entry("y", 12),
      Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("eet", 2),
      Map.entry("eest", 3), Map.entry("jst", 9), Map.entry("kst", 9), Map.entry("ist", 5));

  private FeedDates() {}

  static Optional<Instant> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return iso(m);
      }
      m = RFC822.matcher(s);
      if (m.matches()) {
        return rfc822(m);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Instant> iso(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    return at(LocalDate.of(year, month, day), m);
  }

  private static Optional<Instant> rfc822(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900;
    } else if (m.group(3).length() == 3) {
      year += 1900; // a "year since 1900" some generators write
    }
    return at(LocalDate.of(year, month, day), m);
  }

  /** The instant of a day with the time (groups 4–6) and zone (group 7) both formats share. */
  private static Optional<Instant> at(LocalDate day, Matcher m) {
    LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
        : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    return zone(m.group(7)).map(z -> LocalDateTime.of(day, time).toInstant(z));
  }

  /** A zone as feeds write it; none at all means UTC. */
  private static Optional<ZoneOffset> zone(String z) {
    if (z == null || z.isEmpty()) {
      return Optional.of(ZoneOffset.UTC);
    }
    if (z.charAt(0) == '+' || z.charAt(0) == '-') {
      String digits = z.substring(1).replace(":", "");
      int hours = Integer.parseInt(digits.substring(0, 2));
      int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
      int sign = z.charAt(0) == '-' ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
    Integer hours = ZONE_HOURS.get(z.toLowerCase(Locale.ROOT));
    return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
  }
}
