package org.newsdesk.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTextTest {

  @Test
  void markupAndQuotesAreEscapedAndControlCharactersDropped() {
    assertThat(SvgText.escape("<a href='x'>\"&\"</a>\u0007"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void numbersHaveOneDecimalAtMostAndKeepTheirSign() {
    assertThat(SvgText.number(12.34)).isEqualTo("12.3");
    assertThat(SvgText.number(12.0)).isEqualTo("12");
    assertThat(SvgText.number(-0.46)).isEqualTo("-0.5");
    assertThat(SvgText.number(-0.04)).isEqualTo("0");
  }

  @Test
  void onlyWebAndSiteRelativeLinksAreSafe() {
    assertThat(SvgText.isSafeHref("https://example.org/a")).isTrue();
    assertThat(SvgText.isSafeHref("/stories/12?x=a:b")).isTrue();
    assertThat(SvgText.isSafeHref("stories/12")).isTrue();
    assertThat(SvgText.isSafeHref("javascript:alert(1)")).isFalse();
    assertThat(SvgText.isSafeHref(" JAVASCRIPT:alert(1)")).isFalse();
    assertThat(SvgText.isSafeHref("data:text/html,<b>")).isFalse();
    assertThat(SvgText.isSafeHref("")).isFalse();
  }
}
