package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.card.Body;
import org.newsdesk.analyze.card.Claim;
import org.newsdesk.analyze.card.DateMention;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.EntityType;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.analyze.card.Place;
import org.newsdesk.analyze.card.Quote;
import org.newsdesk.analyze.card.Sentence;
import org.newsdesk.analyze.card.SentenceRef;

class CardSummaryTest {

  private static final SentenceRef S0 = new SentenceRef(0, 0, 10);

  private static Entity entity(String name, EntityType type, int mentions) {
    List<Entity.Mention> ms = java.util.stream.IntStream.range(0, mentions)
        .mapToObj(i -> new Entity.Mention(name, i, i + 1, "name", 0)).toList();
    return new Entity(name, name, type, null, null, List.of(), null, ms);
  }

  private static final DateMention WEDNESDAY =
      new DateMention("Wednesday", 5, 14, "date", "2023-09-13", "2023-09-13", "2023-09-13", S0);

  private static final InsightCard CARD = new InsightCard(InsightCard.SCHEMA, "2023-09-13", "en",
      new InsightCard.Truncation(60_000, 75_000),
      new Body("x".repeat(60_000), List.of(), List.of(), List.of()),
      List.of(new Sentence(0, 0, 10, "Sentence.")),
      List.of(entity("Vladimir Putin", EntityType.PERSON, 2),
          entity("Kim Jong-Un", EntityType.PERSON, 5),
          entity("Russia", EntityType.COUNTRY, 9)),
      List.of(new Quote(Quote.QuoteKind.direct, "I will always be\n standing with Russia", 0, 5,
              "Kim Jong-Un", "e1", null, "said", null, S0),
          new Quote(Quote.QuoteKind.partial, "symbolic", 0, 5, null, null, "experts", "said",
              null, S0)),
      List.of(new Event("meet", "CONSULT", "met", List.of("Kim Jong-Un", "Vladimir Putin"),
              List.of(), null, "Vostochny Cosmodrome", WEDNESDAY, null, null, false, S0),
          new Event("deny", null, "denied", List.of("Russia"), List.of("United States"), null,
              null, null, null, "Reuters", true, S0)),
      List.of(new Claim("Pyongyang will supply weapons", 0, 5, List.of("United States"),
          List.of("Russia", "North Korea"), S0, List.of())),
      List.of(WEDNESDAY, new DateMention("last week", 0, 9, "week", "2023-W36", "2023-09-04",
          "2023-09-10", S0)),
      List.of(new Place("Vostochny Cosmodrome", EntityType.FACILITY, "Russia", "RU", 51.88,
          128.33, "within", "Amur Oblast")));

  private final String summary = CardSummary.render(CARD);

  @Test
  void entitiesAreGroupedByTypeMostMentionedFirst() {
    assertThat(summary).contains("PERSON        Kim Jong-Un (5), Vladimir Putin (2)\n");
    assertThat(summary).contains("COUNTRY       Russia (9)\n");
    assertThat(summary.indexOf("PERSON")).isLessThan(summary.indexOf("COUNTRY"));
  }

  @Test
  void quotesShowTheirSpeakerOrWhoSaidThemOnOneLine() {
    assertThat(summary).contains(
        "  “I will always be standing with Russia” — Kim Jong-Un (said) [direct]\n");
    assertThat(summary).contains("  “symbolic” — experts (said) [partial]\n");
  }

  @Test
  void eventsReadAsSourceTypeTargetWithPlaceAndTime() {
    assertThat(summary).contains("  Kim Jong-Un and Vladimir Putin —meet→ ?"
        + " (Vostochny Cosmodrome, Wednesday = 2023-09-13)\n");
    assertThat(summary).contains("  Russia —not deny→ United States — according to Reuters\n");
  }

  @Test
  void claimsNameWhoMakesAndWhoDeniesThem() {
    assertThat(summary).contains("  “Pyongyang will supply weapons”\n"
        + "      claimed by United States; denied by Russia, North Korea\n");
  }

  @Test
  void datesShowWhatTheyResolveTo() {
    assertThat(summary).contains("  Wednesday = 2023-09-13\n");
    assertThat(summary).contains("  last week = 2023-W36 (2023-09-04 … 2023-09-10)\n");
  }

  @Test
  void placesShowCountryAndCoordinates() {
    assertThat(summary).contains(
        "  Vostochny Cosmodrome, Russia  51.8800, 128.3300 (within Amur Oblast)\n");
  }

  @Test
  void aTruncatedCardSaysSo() {
    assertThat(summary).contains("Analyzed the first 60,000 of 75,000 characters.");
  }

  @Test
  void emptySectionsSayNone() {
    InsightCard empty = new InsightCard(InsightCard.SCHEMA, null, "en", null,
        new Body("", List.of(), List.of(), List.of()), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), null);
    assertThat(CardSummary.render(empty)).contains("Quotes: none").contains("Places: none");
  }
}
