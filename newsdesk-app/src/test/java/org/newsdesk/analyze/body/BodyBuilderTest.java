package org.newsdesk.analyze.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.card.Body;

class BodyBuilderTest {

  private final BodyBuilder builder = new BodyBuilder();

  @Test
  void trailingRunOfShortLinesWithASubscribeCueIsAFooter() {
    Body body = builder.fromText("The talks ended on Friday.\nBoth sides claimed a win.\n"
        + "Get the best of the news.\nFollow us on social media\nCopyright 2024 Example Media");
    assertThat(body.text()).isEqualTo("The talks ended on Friday.\nBoth sides claimed a win.");
    assertThat(body.removed()).hasSize(3);
  }

  @Test
  void shortClosingLinesOfTheArticleStayWhenNoCueFollows() {
    Body body = builder.fromText("The talks ended on Friday.\nBoth sides claimed a win.\nNo date was set.");
    assertThat(body.removed()).isEmpty();
    assertThat(body.blocks()).hasSize(3);
  }

  @Test
  void shortLineWithoutFinalPunctuationBeforeAParagraphIsAHeading() {
    Body body = builder.fromText("The talks ended.\nWhat comes next\nNobody knows yet.");
    assertThat(body.headings()).containsExactly("What comes next");
    assertThat(body.blocks().get(1).kind()).isEqualTo(Body.Kind.HEADING);
  }

  @Test
  void offsetsOfBlocksPointIntoTheBodyText() {
    Body body = builder.fromText("First paragraph here.\n\n  Second   paragraph here.  ");
    for (Body.Block b : body.blocks()) {
      assertThat(body.text().substring(b.start(), b.end())).isEqualTo(b.text());
    }
    assertThat(body.blocks().get(1).text()).isEqualTo("Second paragraph here.");
  }

  @Test
  void htmlKeepsParagraphsAndHeadingsAndDropsNavigationAndScripts() {
    Body body = builder.fromHtml("<html><body><nav><p>Home | World</p></nav><article>"
        + "<h1>Title</h1><p>First &amp; foremost.</p><h2>Background</h2><p>More text.</p>"
        + "<script>alert(1)</script></article><footer><p>Subscribe now</p></footer></body></html>");
    assertThat(body.text()).isEqualTo("First & foremost.\nBackground\nMore text.");
    assertThat(body.headings()).containsExactly("Background");
  }
}
