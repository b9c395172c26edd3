package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.extract.PublicationDate.Source;

/** The date strings pages put in their date fields. */
class DateTextTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2019-11-05                            | 2019-11-05",
      "2019-11-05T14:03                      | 2019-11-05T14:03:00",
      "2019-11-05T14:03:22.123Z              | 2019-11-05T14:03:22Z",
      "2019-11-05T14:03:22.000+0000          | 2019-11-05T14:03:22Z",
      "2019-11-05T14:03:22-05                | 2019-11-05T14:03:22-05:00",
      "2019-11-05 14:03:22 +05:30            | 2019-11-05T14:03:22+05:30",
      "2019/11/05                            | 2019-11-05",
      "20191105                              | 2019-11-05",
      "20191105T140322Z                      | 2019-11-05T14:03:22Z",
      "Tue, 05 Nov 2019 14:03:22 GMT         | 2019-11-05T14:03:22Z",
      "Tue, 5 Nov 2019 14:03:22 -0500        | 2019-11-05T14:03:22-05:00",
      "November 5, 2019 2:03 PM EST          | 2019-11-05T14:03:00-05:00",
      "Nov. 5, 2019 at 12:15 a.m.            | 2019-11-05T00:15:00",
      "Published: 5 November 2019            | 2019-11-05",
      "5th of November 2019                  | 2019-11-05",
      "21:17 05.11.2019                      | 2019-11-05",
      "05.11.2019 14:03                      | 2019-11-05T14:03:00",
      "2019年11月5日                   | 2019-11-05",
      "2019년 11월 05일                | 2019-11-05",
      "1573016400                            | 2019-11-06T05:00:00Z",
      "1573016400000                         | 2019-11-06T05:00:00Z"})
  void readsTheFormatsPagesUse(String text, String iso) {
    assertThat(DateText.parse(text, Source.META_TAG)).hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo(iso));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "yesterday", "2019", "2019-13-05", "2019-02-30", "0000-00-00T00:00:00Z",
      "1970-01-01T00:00:00Z", "1900-01-01", "2019-11-05T25:61:00", "{{date}}", "3:45 PM",
      "11/05/2019", "1.2.3.2019"})
  void refusesWhatIsNotADay(String text) {
    assertThat(DateText.parse(text, Source.META_TAG)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"2019-11-05T14:03:00+0530", "2019-11-05T14:03:00 IST"})
  void anOffsetIsOnlyWhatThePageWrote(String text) {
    // +0530 is an offset; "IST" is three time zones (India, Ireland, Israel), so none is assumed.
    PublicationDate d = DateText.parse(text, Source.META_TAG).orElseThrow();
    assertThat(d.offset().isPresent()).isEqualTo(text.contains("+"));
  }
}
