package org.newsdesk.analyze.dates;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.analyze.card.DateMention;
import org.newsdesk.analyze.card.SentenceRef;
import org.newsdesk.analyze.nlp.ParsedArticle;

/**
 * Time expressions and what they mean. SUTime (inside CoreNLP's NER) finds them and normalises
 * them against the publication date ("Wednesday" → 2023-09-13, "last week" → 2023-W36); this
 * class turns its values into the days they cover. News speaks of the past: a weekday SUTime
 * could not anchor is the latest such day on or before publication.
 */
public final class DateResolver {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)");

  public List<DateMention> resolve(ParsedArticle article, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    for (CoreMap sentence : article.nlpSentences()) {
      for (CoreMap m : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
        String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (!tag.equals("DATE") && !tag.equals("TIME") && !tag.equals("DURATION")) {
          continue;
        }
        int start = ParsedArticle.begin(m);
        Optional<SentenceRef> ref = article.refAt(start);
        if (ref.isEmpty()) {
          continue;
        }
        String value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        out.add(mention(m.get(CoreAnnotations.TextAnnotation.class), start, ParsedArticle.end(m),
            tag, value, published, ref.get()));
      }
    }
    return out;
  }

  static DateMention mention(String text, int start, int end, String tag, String value,
      LocalDate published, SentenceRef ref) {
    if (tag.equals("DURATION")) {
      return new DateMention(text, start, end, "duration", value, null, null, ref);
    }
    if (value == null || value.endsWith("_REF")) {
      return new DateMention(text, start, end, "vague", value, null, null, ref);
    }
    String v = value.contains("T") && !value.startsWith("T") ? value.substring(0, value.indexOf('T')) : value;
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        String d = LocalDate.parse(v).toString();
        return new DateMention(text, start, end, tag.equals("TIME") ? "time" : "day", value, d, d, ref);
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateMention(text, start, end, "week", v, monday.toString(), monday.plusDays(6).toString(), ref);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new DateMention(text, start, end, "month", v, ym.atDay(1).toString(), ym.atEndOfMonth().toString(), ref);
      }
      if ((m = YEAR.matcher(v)).matches()) {
        int y = Integer.parseInt(v);
        return new DateMention(text, start, end, "year", v, y + "-01-01", y + "-12-31", ref);
      }
      if ((m = WEEKDAY.matcher(v)).matches() && published != null) {
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(Integer.parseInt(m.group(1)))));
        return new DateMention(text, start, end, "day", d.toString(), d.toString(), d.toString(), ref);
      }
    } catch (java.time.DateTimeException e) {
      // SUTime wrote a value we do not read: keep the expression, unresolved.
    }
    return new DateMention(text, start, end, "unresolved", value, null, null, ref);
  }
}
