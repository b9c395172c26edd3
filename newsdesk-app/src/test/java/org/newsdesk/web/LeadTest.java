package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadTest {

  @Test
  void theFirstSentenceOfTheFirstParagraph() {
    assertThat(Lead.of("\n  Kim met Putin on Wednesday. They talked for hours.\nA second paragraph."))
        .isEqualTo("Kim met Putin on Wednesday.");
    assertThat(Lead.of("A headline-like line without a full stop\nThen the text."))
        .isEqualTo("A headline-like line without a full stop");
    assertThat(Lead.of("On Monday, administrator Emily W. Murphy met Dr. Smith. Then she left."))
        .isEqualTo("On Monday, administrator Emily W. Murphy met Dr. Smith.");
  }

  @Test
  void aLongSentenceIsCutAtAWordWithAnEllipsisAndNoDanglingComma() {
    String words = "The council, meeting for the third time this month, voted to extend the"
        + " emergency measures, close the river crossings, and ask the national government for"
        + " help with the flood defences along the eastern bank.";
    String lead = Lead.of(words + " More follows.");

    assertThat(lead).endsWith("…").hasSizeLessThanOrEqualTo(Lead.MAX + 1);
    String kept = lead.substring(0, lead.length() - 1);
    assertThat(words).startsWith(kept);
    assertThat(words.charAt(kept.length())).as("cut between words").isIn(' ', ',');
    assertThat(kept).doesNotEndWith(",").doesNotEndWith(" ");
  }
}
