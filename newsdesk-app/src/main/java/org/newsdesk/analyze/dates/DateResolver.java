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
import org.newsdesk.analyze.nlp.NlpPipeline;
import org.newsdesk.analyze.nlp.ParsedArticle;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;

/**
 * Time expressions and what they mean. SUTime finds them and normalises
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

  /** Words that may start or make a time expression: only sentences with one go to SUTime. */
  private static final Pattern TEMPORAL = Pattern.compile(
      "(?i)\\b(\\d|today|tonight|yesterday|tomorrow|now|currently|recently|ago|week|month|year|day|"
          + "decade|century|morning|afternoon|evening|night|weekend|season|quarter|hour|minute|"
          + "spring|summer|autumn|fall|winter|christmas|easter|ramadan|monday|tuesday|wednesday|"
          + "thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
          + "earlier|later|soon|past|last|next|previous|coming|early|late|mid|noon|midnight)");

  private final NlpPipeline nlp;

  public DateResolver(NlpPipeline nlp) {
    this.nlp = nlp;
  }

  public List<DateMention> resolve(ParsedArticle article, LocalDate published) {
    List<CoreMap> candidates = new ArrayList<>();
    for (int i = 0; i < article.nlpSentences().size(); i++) {
      CoreMap s = article.nlpSentences().get(i);
      if (!article.isHeading(i) && TEMPORAL.matcher(s.get(CoreAnnotations.TextAnnotation.class)).find()) {
        candidates.add(s);
      }
    }
    List<DateMention> out = new ArrayList<>();
    for (CoreMap t : nlp.times(candidates, published)) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      int start = ParsedArticle.begin(t);
      Optional<SentenceRef> ref = article.refAt(start);
      if (timex == null || ref.isEmpty()) {
        continue;
      }
      out.add(mention(t.get(CoreAnnotations.TextAnnotation.class), start, ParsedArticle.end(t),
          timex.timexType(), timex.value(), published, ref.get()));
    }
    return out;
  }

  static DateMention mention(String text, int start, int end, String tag, String value,
      LocalDate published, SentenceRef ref) {
    if (tag.equals("DURATION") || tag.equals("SET")) {
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
