package org.newsdesk.analyze.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.card.DateMention;
import org.newsdesk.analyze.card.SentenceRef;

class DateResolverTest {

  private static final SentenceRef REF = new SentenceRef(0, 0, 10);
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 7); // a Thursday

  private static DateMention resolve(String value) {
    return DateResolver.mention("x", 0, 1, "DATE", value, PUBLISHED, REF);
  }

  @Test
  void isoWeekCoversMondayToSunday() {
    DateMention week = resolve("2023-W36");
    assertThat(week.kind()).isEqualTo("week");
    assertThat(week.from()).isEqualTo("2023-09-04");
    assertThat(week.to()).isEqualTo("2023-09-10");
  }

  @Test
  void weekOneOfAYearStartingMidWeekStartsInThePreviousYear() {
    assertThat(resolve("2025-W01").from()).isEqualTo("2024-12-30");
  }

  @Test
  void unanchoredWeekdayIsTheLatestOneOnOrBeforePublication() {
    assertThat(resolve("XXXX-WXX-1").from()).isEqualTo("2024-03-04");
    assertThat(resolve("XXXX-WXX-4").from()).isEqualTo("2024-03-07");
  }

  @Test
  void monthAndYearCoverTheirDays() {
    assertThat(resolve("2024-02").to()).isEqualTo("2024-02-29");
    assertThat(resolve("2023").from()).isEqualTo("2023-01-01");
  }

  @Test
  void vagueReferencesStayUnresolved() {
    DateMention recently = resolve("PAST_REF");
    assertThat(recently.kind()).isEqualTo("vague");
    assertThat(recently.from()).isNull();
  }

  @Test
  void durationIsADurationNotADay() {
    DateMention d = DateResolver.mention("five hours", 0, 1, "DURATION", "PT5H", PUBLISHED, REF);
    assertThat(d.kind()).isEqualTo("duration");
    assertThat(d.from()).isNull();
  }
}
