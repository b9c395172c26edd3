package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuietSpellTest {

  private static final long HOUR = 3_600;

  @Test
  void anArticleWithinHoursOfTheStoryKeepsNearlyAllItsSimilarity() {
    assertThat(QuietSpell.weight(0, false)).isEqualTo(1.0);
    assertThat(QuietSpell.weight(2 * HOUR, false)).isCloseTo(Math.exp(-2.0 / 24), within(1e-9));
  }

  @Test
  void aStoryQuietForADayOrMoreNeedsTwiceTheSimilarity() {
    assertThat(QuietSpell.weight(24 * HOUR, false)).isEqualTo(QuietSpell.FLOOR);
    assertThat(QuietSpell.weight(5 * 24 * HOUR, false)).isEqualTo(0.5);
  }

  @Test
  void betweenDayOnlyDatesTheGapIsReadADayShorter() {
    assertThat(QuietSpell.weight(24 * HOUR, true)).isEqualTo(1.0);
    assertThat(QuietSpell.weight(36 * HOUR, true)).isCloseTo(Math.exp(-0.5), within(1e-9));
  }

  @Test
  void midnightAndMiddayUtcAreDayOnlyDates() {
    assertThat(QuietSpell.dayOnly(Instant.parse("2013-05-02T00:00:00Z"))).isTrue();
    assertThat(QuietSpell.dayOnly(Instant.parse("2013-05-02T12:00:00Z"))).isTrue();
    assertThat(QuietSpell.dayOnly(Instant.parse("2013-05-02T12:00:01Z"))).isFalse();
    assertThat(QuietSpell.dayOnly(Instant.parse("2013-05-02T09:30:00Z"))).isFalse();
  }
}
