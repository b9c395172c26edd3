package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyIndexTest {

  private static final String WIRE = "The central bank raised its main interest rate by half a point on Thursday,"
      + " the largest increase in two decades, and signalled more to come as inflation stayed high.";

  private static WordShingles text(String s) {
    return WordShingles.of("", s);
  }

  @Test
  void theEarliestMemberHoldingEnoughOfTheArticleIsTheOneCopied() {
    CopyIndex index = new CopyIndex();
    index.add("other", text("Heavy rain flooded streets across Miami overnight and closed schools."));
    index.add("wire", text(WIRE));
    index.add("repost", text(WIRE + " Markets fell."));

    assertThat(index.copied(text(WIRE + " Analysts were surprised."), 0.6)).contains("wire");
    assertThat(index.copied(text("The central bank raised its main interest rate by half a point, a reporter"
        + " wrote in an analysis of her own about prices and wages across the whole region."), 0.6)).isEmpty();
  }

  @Test
  void anAbsorbedStorysMembersComeAfterTheSurvivorsAndAreFound() {
    CopyIndex survivor = new CopyIndex();
    survivor.add("a", text("Heavy rain flooded streets across Miami overnight and closed schools."));
    CopyIndex fragment = new CopyIndex();
    fragment.add("b", text(WIRE));
    fragment.add("c", text(WIRE));

    survivor.absorb(fragment);

    assertThat(survivor.size()).isEqualTo(3);
    assertThat(survivor.copied(text(WIRE), 0.6)).contains("b");
    assertThat(survivor.copied(text("Heavy rain flooded streets across Miami overnight and closed schools."), 0.6))
        .contains("a");
  }
}
