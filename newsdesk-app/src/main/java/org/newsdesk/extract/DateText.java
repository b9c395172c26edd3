package org.newsdesk.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date out of the strings pages put in date fields: ISO 8601 and its
 * variants (space for T, slashes, no colon in the offset, fractions of a second), compact
 * {@code 20191105}, RFC 1123 ({@code Tue, 05 Nov 2019 14:03:22 GMT}), English month names
 * ({@code November 5, 2019 2:03 PM EST}, {@code 5 Nov 2019}) and Unix timestamps. It keeps what
 * the string gives (day, time, offset) and invents nothing.
 *
 * <p>Dates outside 1800–2100 and the placeholders CMSs emit for "no date" (1970-01-01, the Unix
 * epoch; 1900-01-01) are refused.
 */
final class DateText {

  private static final String ZONE =
      "(?<zone>[Zz]|(?:UTC|GMT)?[+\u2212-]\\d{1,2}(?::?\\d{2})?|[A-Z]{2,4}\\b)?";
  private static final String TIME =
      "(?<hour>\\d{1,2})[:.h](?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d{1,9})?)?"
          + "\\s*(?<ampm>[AaPp]\\.?\\s?[Mm]\\.?(?![A-Za-z]))?\\s*" + ZONE;

  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?!\\d)"
          + "(?:(?:T|\\s+|\\s*,\\s*|\\s+at\\s+)" + TIME + ")?");
  private static final Pattern COMPACT = Pattern.compile(
      "^(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})(?:T?(?<hour>\\d{2})(?<minute>\\d{2})(?<second>\\d{2})?"
          + "(?<zone>Z|[+-]\\d{4})?)?$");
  private static final Pattern EPOCH = Pattern.compile("^(\\d{10})(\\d{3})?$");

  private static final String MONTH_NAME =
      "(?<monthName>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String TIME_AFTER = "(?:\\s*(?:,|at|@|-|\u2013|\\|)?\\s*" + TIME + ")?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+(?<year>\\d{4})(?!\\d)"
          + TIME_AFTER, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH_NAME + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)"
          + TIME_AFTER, Pattern.CASE_INSENSITIVE);
  /**
   * {@code 19.11.2019}: with dots the day comes first wherever the form is used. Slashes are
   * not read: {@code 11/05/2019} is the 5th of November in the US and the 11th of May elsewhere.
   */
  private static final Pattern DOTTED_DAY_FIRST = Pattern.compile(
      "(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})(?![\\d.])" + TIME_AFTER);
  /** {@code 2019年11月19日}, {@code 2019년 11월 19일}. */
  private static final Pattern CJK = Pattern.compile(
      "(?<year>\\d{4})\\s*[\u5e74\ub144]\\s*(?<month>\\d{1,2})\\s*[\u6708\uc6d4]\\s*(?<day>\\d{1,2})\\s*[\u65e5\uc77c]");

  /** A date found in running text, with where it stands. */
  record Found(int start, int end, PublicationDate date) {}

  /** Zone abbreviations that mean one offset wherever a news page uses them. */
  private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
      Map.entry("Z", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("UT", 0),
      Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
      Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
      Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("EET", 120),
      Map.entry("EEST", 180), Map.entry("JST", 540), Map.entry("KST", 540), Map.entry("AEST", 600),
      Map.entry("AEDT", 660));

  private static final Pattern NUMERIC_OFFSET = Pattern.compile("^([+-])(\\d{1,2})(?::?(\\d{2}))?$");

  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2100;

  private DateText() {}

  /** The date {@code text} states, if it states one. */
  static Optional<PublicationDate> parse(String text, PublicationDate.Source source) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    Matcher m = EPOCH.matcher(s);
    if (m.matches()) {
      return epoch(Long.parseLong(m.group(1)), source);
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return build(m, source, false);
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      return build(m, source, false);
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return build(m, source, true);
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return build(m, source, true);
    }
    m = DOTTED_DAY_FIRST.matcher(s);
    if (m.find()) {
      return build(m, source, false);
    }
    m = CJK.matcher(s);
    if (m.find()) {
      return build(m, source, false);
    }
    return Optional.empty();
  }

  /**
   * Every date written out in {@code text} (no timestamps, no compact {@code 20191105}: in
   * running text those are ids and prices), in the order they stand.
   */
  static List<Found> scan(String text, PublicationDate.Source source) {
    List<Found> found = new ArrayList<>();
    collect(NUMERIC.matcher(text), source, false, found);
    collect(DAY_MONTH_YEAR.matcher(text), source, true, found);
    collect(MONTH_DAY_YEAR.matcher(text), source, true, found);
    collect(DOTTED_DAY_FIRST.matcher(text), source, false, found);
    collect(CJK.matcher(text), source, false, found);
    found.sort(Comparator.comparingInt(Found::start));
    List<Found> apart = new ArrayList<>();
    for (Found f : found) {
      if (apart.isEmpty() || f.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(f);
      }
    }
    return apart;
  }

  private static void collect(Matcher m, PublicationDate.Source source, boolean named, List<Found> into) {
    while (m.find()) {
      int end = m.end();
      build(m, source, named).ifPresent(d -> into.add(new Found(m.start(), end, d)));
    }
  }

  /** A plausible day: within 1800–2100 and not a placeholder. */
  static boolean plausible(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR
        && !date.equals(LocalDate.of(1970, 1, 1)) && !date.equals(LocalDate.of(1900, 1, 1));
  }

  private static Optional<PublicationDate> epoch(long seconds, PublicationDate.Source source) {
    OffsetDateTime t = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC);
    if (!plausible(t.toLocalDate()) || t.getYear() < 1995) {
      return Optional.empty();
    }
    return Optional.of(PublicationDate.ofOffset(t, source));
  }

  private static Optional<PublicationDate> build(Matcher m, PublicationDate.Source source, boolean named) {
    try {
      int year = Integer.parseInt(m.group("year"));
      int month = named ? monthOf(m.group("monthName")) : Integer.parseInt(m.group("month"));
      int day = Integer.parseInt(m.group("day"));
      LocalDate date = LocalDate.of(year, month, day);
      if (!plausible(date)) {
        return Optional.empty();
      }
      String hour = group(m, "hour");
      if (hour == null) {
        return Optional.of(PublicationDate.ofDay(date, source));
      }
      int h = Integer.parseInt(hour);
      String ampm = group(m, "ampm");
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        if (h < 1 || h > 12) {
          return Optional.of(PublicationDate.ofDay(date, source));
        }
        h = h % 12 + (pm ? 12 : 0);
      }
      String second = m.group("second");
      LocalTime time = LocalTime.of(h, Integer.parseInt(m.group("minute")),
          second == null ? 0 : Integer.parseInt(second));
      Optional<ZoneOffset> offset = offset(m.group("zone"));
      return Optional.of(new PublicationDate(date, Optional.of(time), offset, source));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static Optional<ZoneOffset> offset(String zone) {
    if (zone == null || zone.isEmpty()) {
      return Optional.empty();
    }
    String z = zone.toUpperCase(Locale.ROOT).replace('\u2212', '-');
    Integer minutes = ZONE_MINUTES.get(z);
    if (minutes != null) {
      return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
    }
    if (z.startsWith("UTC") || z.startsWith("GMT")) {
      z = z.substring(3);
    }
    Matcher m = NUMERIC_OFFSET.matcher(z);
    if (!m.matches()) {
      return Optional.empty();
    }
    int sign = m.group(1).equals("-") ? -1 : 1;
    int hours = Integer.parseInt(m.group(2));
    int mins = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (hours > 14 || mins > 59) {
      return Optional.empty();
    }
    return Optional.of(ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + mins * 60)));
  }

  private static int monthOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (n.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new DateTimeException("not a month: " + name);
  }
}
