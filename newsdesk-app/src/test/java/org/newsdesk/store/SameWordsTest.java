package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameWordsTest {

  private record Quote(long article, String text) {}

  @Test
  void theSameWordsTypedDifferentlyAreOneTextAndDifferentWordsAreNot() {
    assertThat(SameWords.key("“CentOS Stream isn’t a replacement.”"))
        .isEqualTo(SameWords.key("\"centos  stream\nisn't a  REPLACEMENT\""));
    assertThat(SameWords.key("CentOS Stream is a replacement"))
        .isNotEqualTo(SameWords.key("CentOS Stream isn't a replacement"));
  }

  @Test
  void theFirstStandsForItsCopiesCountedByArticleNotByRepeat() {
    List<Quote> quotes = List.of(new Quote(1, "‘We will stand with Russia’"),
        new Quote(2, "Something else entirely"), new Quote(3, "\"We will stand with Russia\""),
        new Quote(3, "We will  stand with Russia."));

    var distinct = SameWords.distinct(quotes, Quote::text, Quote::article);

    assertThat(distinct).extracting(c -> c.first().article()).containsExactly(1L, 2L);
    assertThat(distinct).extracting(SameWords.Counted::articles).containsExactly(2, 1);
    assertThat(distinct.get(0).all()).hasSize(3);
  }
}
