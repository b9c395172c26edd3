package org.newsdesk.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

  private static final String STRAIGHT = "\"We won't stop,\" the minister said - adding that "
      + "talks 'would resume' on Monday.\n\nOfficials declined to comment.";

  private static ContentFingerprint fingerprint(String text) {
    return ContentFingerprint.of(text).orElseThrow();
  }

  @Test
  void curlyAndStraightQuotesCollide() {
    String curly = "\u201CWe won\u2019t stop,\u201D the minister said \u2014 adding that talks "
        + "\u2018would resume\u2019 on Monday.\n\nOfficials declined to comment.";
    assertThat(fingerprint(curly)).isEqualTo(fingerprint(STRAIGHT));
  }

  @Test
  void whitespaceAndLineBreaksCollide() {
    String reflowed = "  \"We won't stop,\"\tthe minister\u00A0said - adding that talks\n"
        + "'would resume' on   Monday. Officials declined to comment.  ";
    assertThat(fingerprint(reflowed)).isEqualTo(fingerprint(STRAIGHT));
  }

  @Test
  void letterCaseAndCompatibilityFormsCollide() {
    String shouting = STRAIGHT.toUpperCase().replace("MONDAY", "\uFF2D\uFF2F\uFF2E\uFF24\uFF21\uFF39");
    assertThat(fingerprint(shouting)).isEqualTo(fingerprint(STRAIGHT));
  }

  @Test
  void aChangedWordDoesNotCollide() {
    assertThat(fingerprint(STRAIGHT.replace("Monday", "Tuesday")))
        .isNotEqualTo(fingerprint(STRAIGHT));
  }

  @Test
  void aChangedNumberDoesNotCollide() {
    assertThat(fingerprint("Seven people died in the fire."))
        .isNotEqualTo(fingerprint("Seventeen people died in the fire."));
    assertThat(fingerprint("The toll rose to 12."))
        .isNotEqualTo(fingerprint("The toll rose to 13."));
  }

  @Test
  void theFingerprintIsSha256HexAndCountsWords() {
    ContentFingerprint f = fingerprint("Hello, world!");
    // SHA-256 of "hello world", the normalised text.
    assertThat(f.sha256Hex())
        .isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
    assertThat(f.wordCount()).isEqualTo(2);
  }

  @Test
  void aTextWithoutWordsHasNoFingerprint() {
    assertThat(ContentFingerprint.of("")).isEmpty();
    assertThat(ContentFingerprint.of(" \u201C\u2014\u201D ... !!")).isEmpty();
  }

  @Test
  void aMalformedStoredValueIsRefusedNamingIt() {
    assertThatThrownBy(() -> new ContentFingerprint("ABC", 3))
        .hasMessageContaining("got ABC");
    assertThatThrownBy(() -> new ContentFingerprint("0".repeat(64), 0))
        .hasMessageContaining("got 0");
  }
}
