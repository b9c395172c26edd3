package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calls to action found by their wording, and the cue words that spare running the rules. */
class BoilerplateTextTest {

  @Test
  void callsToActionAreFoundInAnyCase() {
    assertThat(BoilerplateText.match("FOLLOW US ON TWITTER")).contains(BoilerplateText.FOLLOW);
    assertThat(BoilerplateText.match("Advertisement")).contains(BoilerplateText.AD_LABEL);
    assertThat(BoilerplateText.match("Photo 3/12")).contains(BoilerplateText.GALLERY_COUNTER);
    assertThat(BoilerplateText.match("Читайте также: новости"))
        .contains(BoilerplateText.READ_MORE);
    assertThat(BoilerplateText.match("Email Jane Doe at jdoe@example.com"))
        .contains(BoilerplateText.CONTACT);
  }

  @Test
  void lettersThatFoldToLatinOnesStillMatchAsTheExpressionsWould() {
    // U+017F (long s) matches "s" and U+212A (Kelvin sign) "k" case-insensitively in Unicode.
    assertThat(BoilerplateText.match("\u017Fubscribe to our newsletter"))
        .contains(BoilerplateText.SUBSCRIBE);
    assertThat(BoilerplateText.match("Click here to download our app"))
        .contains(BoilerplateText.CLICK);
    assertThat(BoilerplateText.match("Clic\u212A here")).contains(BoilerplateText.CLICK);
  }

  @Test
  void proseThatMerelyMentionsTheCuesIsText() {
    assertThat(BoilerplateText.match("She said the club would follow the league's decision."))
        .isEmpty();
    assertThat(BoilerplateText.match("The bill would require voters to register in person."))
        .isEmpty();
  }
}
