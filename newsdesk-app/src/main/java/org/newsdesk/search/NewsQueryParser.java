package org.newsdesk.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax with bare words searched in title (boosted) and body, and {@code
 * published} read as dates: {@code published:2024-01-15}, {@code published:2024-01}, {@code
 * published:[2024-01-01 TO 2024-02-01]} (inclusive ends are whole days; {@code *} leaves an end
 * open). Dates are UTC days. Not thread-safe: one per query.
 */
final class NewsQueryParser extends MultiFieldQueryParser {

  private static final String[] DEFAULT_FIELDS = {IndexFields.TITLE, IndexFields.BODY};
  private static final Map<String, Float> BOOSTS =
      Map.of(IndexFields.TITLE, 2f, IndexFields.BODY, 1f);

  NewsQueryParser(Analyzer analyzer) {
    super(DEFAULT_FIELDS, analyzer, BOOSTS);
    setDefaultOperator(AND_OPERATOR);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (IndexFields.PUBLISHED.equals(field)) {
      return dateRange(text, text, true, true);
    }
    return super.getFieldQuery(field, text, quoted);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (IndexFields.PUBLISHED.equals(field)) {
      return dateRange(part1, part2, startInclusive, endInclusive);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static Query dateRange(String from, String to, boolean fromInclusive,
      boolean toInclusive) throws ParseException {
    long lower = Long.MIN_VALUE;
    if (from != null && !from.equals("*")) {
      Period p = period(from);
      lower = fromInclusive ? p.firstMilli() : p.endMilli();
    }
    long upper = Long.MAX_VALUE;
    if (to != null && !to.equals("*")) {
      Period p = period(to);
      upper = toInclusive ? p.endMilli() - 1 : p.firstMilli() - 1;
    }
    return LongPoint.newRangeQuery(IndexFields.PUBLISHED, lower, upper);
  }

  /** A day, month or year; {@code endMilli} is the first millisecond after it. */
  private record Period(LocalDate first, LocalDate afterLast) {
    long firstMilli() {
      return first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    long endMilli() {
      return afterLast.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
  }

  private static Period period(String text) throws ParseException {
    try {
      switch (text.length()) {
        case 10 -> {
          LocalDate d = LocalDate.parse(text);
          return new Period(d, d.plusDays(1));
        }
        case 7 -> {
          YearMonth m = YearMonth.parse(text);
          return new Period(m.atDay(1), m.plusMonths(1).atDay(1));
        }
        case 4 -> {
          LocalDate y = LocalDate.of(Integer.parseInt(text), 1, 1);
          return new Period(y, y.plusYears(1));
        }
        default -> { }
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // reported below, with the value
    }
    throw new ParseException("published wants a date as 2024-01-15, 2024-01 or 2024; got '"
        + text + "'");
  }
}
