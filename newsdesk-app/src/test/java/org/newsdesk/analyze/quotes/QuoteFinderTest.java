package org.newsdesk.analyze.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.body.BodyBuilder;
import org.newsdesk.analyze.card.Body;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quotes(String text) {
    Body body = new BodyBuilder().fromText(text);
    return finder.find(body.text(), body).stream().map(q -> body.text().substring(q.start(), q.end())).toList();
  }

  private List<QuoteSpan> spans(String text) {
    Body body = new BodyBuilder().fromText(text);
    return finder.find(body.text(), body);
  }

  @Test
  void apostrophesInsideAQuoteDoNotCloseIt() {
    assertThat(quotes("‘We’ll talk about Russia’s plans. There is time’ Putin said."))
        .containsExactly("We’ll talk about Russia’s plans. There is time");
  }

  @Test
  void possessiveBetweenTwoQuotesIsNotAQuote() {
    assertThat(quotes("He backed Russia’s ‘sacred fight’ and its ‘anti-imperialist’ front."))
        .containsExactly("sacred fight", "anti-imperialist");
  }

  @Test
  void trailingCommaBelongsToTheSentenceNotTheQuote() {
    assertThat(quotes("“We will win,” she said.")).containsExactly("We will win");
  }

  @Test
  void straightDoubleQuotesPairUp() {
    assertThat(quotes("The minister said \"no deal\" was possible, and \"talks will go on.\""))
        .containsExactly("no deal", "talks will go on.");
  }

  @Test
  void nestedQuoteStaysInsideTheOuterOne() {
    assertThat(quotes("“He told me ‘never again’ and left,” she said."))
        .containsExactly("He told me ‘never again’ and left");
  }

  @Test
  void quoteOpeningTheSentenceIsDirectAndOneInsideItIsPartial() {
    List<QuoteSpan> s = spans("‘I will stand with you,’ he said, praising the ‘brave’ troops.");
    assertThat(s).extracting(QuoteSpan::direct).containsExactly(true, false);
  }

  @Test
  void quoteAfterAColonIsDirect() {
    assertThat(spans("The statement read: “The border is closed.”")).extracting(QuoteSpan::direct).containsExactly(true);
  }

  @Test
  void quoteRunningToTheEndOfItsParagraphIsKeptUnclosed() {
    List<QuoteSpan> s = spans("“The first part of a long statement goes on and on here\n“And it closes here,” he said.");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).closed()).isFalse();
  }

  @Test
  void quotedTitlesAreNotSpeech() {
    assertThat(quotes("Disney released “Mary Poppins” and “Star Wars” in cinemas.")).isEmpty();
  }

  @Test
  void misplacedMarkBeforeAContractionIsAnApostrophe() {
    assertThat(quotes("The automaker isn ‘t slowing down, it said ‘full speed ahead’ today."))
        .containsExactly("full speed ahead");
  }

  @Test
  void elisionBeforeADecadeIsNotAQuote() {
    assertThat(quotes("Music from the ’90s is back.")).isEmpty();
  }
}
