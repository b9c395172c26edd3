package org.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/**
 * The first acceptance test of the analyzer: the card of the seed article held against what a
 * careful reader takes out of it ({@code ../shared/fixtures/seed-article/expected.json}), at the
 * bar written in that folder's README.
 */
class SeedArticleAcceptanceTest {

  private static final Path SEED = Path.of("../shared/fixtures/seed-article");
  private static InsightCard card;
  private static JsonNode expected;

  @BeforeAll
  static void analyzeSeed() throws IOException {
    expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile());
    card = SharedAnalyzer.get().analyze(
        ArticleInput.text(Files.readString(SEED.resolve("article.txt")), LocalDate.of(2023, 9, 13)));
  }

  @Test
  void bodyStartsAndEndsWhereTheArticleDoesAndLeavesTheFooterOut() {
    JsonNode body = expected.get("body");
    List<Sentence> sentences = card.sentences();
    assertThat(sentences.get(0).text()).startsWith(body.get("first_sentence_starts").asText());
    assertThat(sentences.get(sentences.size() - 1).text()).endsWith(body.get("last_sentence_ends").asText());
    for (JsonNode line : body.get("boilerplate_not_in_body")) {
      assertThat(card.body().text()).doesNotContain(line.asText());
    }
  }

  @Test
  void headingIsAHeadingNotASentence() {
    for (JsonNode h : expected.get("body").get("headings")) {
      assertThat(card.body().headings()).contains(h.asText());
      assertThat(card.sentences()).noneMatch(s -> s.text().contains(h.asText()));
    }
  }

  @Test
  void everyPersonIsOneEntityWithAllItsMentions() {
    for (JsonNode p : expected.get("people")) {
      Entity e = entity(p.get("name").asText(), EntityType.PERSON);
      assertThat(mentionTexts(e)).as(e.name()).containsAll(texts(p.get("mentions")));
    }
    assertThat(entity("Pak Jong Chon", EntityType.PERSON).titles()).contains("Marshal");
    assertThat(entity("Jo Chun Ryong", EntityType.PERSON).titles()).contains("Director");
    assertThat(entity("Jo Chun Ryong", EntityType.PERSON).organization()).isEqualTo("Munitions Industry Department");
  }

  @Test
  void organizationsAreFoundWithTheirCountry() {
    for (JsonNode o : expected.get("organizations")) {
      Entity e = entity(o.get("name").asText(), EntityType.ORGANIZATION);
      assertThat(mentionTexts(e)).as(e.name()).containsAll(texts(o.get("mentions")));
      if (List.of("Kremlin", "White House", "South Korean military").contains(e.name())) {
        assertThat(e.country()).as(e.name()).isEqualTo(o.get("country").asText());
      }
    }
  }

  @Test
  void capitalsDemonymsAndAliasesActAsTheirCountry() {
    for (JsonNode c : expected.get("countries")) {
      Entity e = entity(c.get("name").asText(), EntityType.COUNTRY);
      assertThat(mentionTexts(e)).as(e.name()).containsAll(texts(c.get("mentions")));
    }
    assertThat(entity("Kremlin", EntityType.ORGANIZATION).actsFor()).isEqualTo("Russia");
  }

  @Test
  void allDirectQuotesHaveTheirExactTextAndSpeaker() {
    for (JsonNode q : expected.get("quotes")) {
      if (q.get("kind").asText().equals("direct")) {
        Optional<Quote> found = quote(q.get("text").asText());
        assertThat(found).as(q.get("text").asText()).isPresent();
        assertThat(found.get().kind()).isEqualTo(Quote.QuoteKind.direct);
        assertThat(found.get().speaker()).isEqualTo(q.get("speaker").asText());
      }
    }
  }

  @Test
  void atLeastFiveOfSixPartialQuotesHaveTheirSpeaker() {
    int right = 0;
    int total = 0;
    for (JsonNode q : expected.get("quotes")) {
      if (q.get("kind").asText().equals("partial")) {
        total++;
        Optional<Quote> found = quote(q.get("text").asText());
        if (found.isPresent() && found.get().kind() == Quote.QuoteKind.partial
            && q.get("speaker").asText().equals(found.get().speaker())) {
          right++;
        }
      }
    }
    assertThat(total).isEqualTo(6);
    assertThat(right).isGreaterThanOrEqualTo(5);
  }

  @Test
  void atLeastSixOfSevenEventsWithResolvedActorsAndTheirSentence() {
    List<String> missed = new ArrayList<>();
    for (JsonNode x : expected.get("events")) {
      boolean found = card.events().stream().anyMatch(e -> matches(x, e));
      if (!found) {
        missed.add(x.get("type").asText());
      }
    }
    assertThat(missed).as("events not found").hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void theMissileLaunchKeepsItsCountTimeAndReporter() {
    Event launch = card.events().stream().filter(e -> e.type().equals("missile_launch")).findFirst().orElseThrow();
    assertThat(launch.source()).containsExactly("North Korea");
    assertThat(launch.count()).isEqualTo(2);
    assertThat(launch.time().from()).isEqualTo("2023-09-13");
    assertThat(launch.reportedBy()).isEqualTo("South Korean military");
  }

  @Test
  void theArmsDealClaimIsMadeByTheUsAndDeniedByBothStates() {
    Claim claim = card.claims().stream().filter(c -> c.text().contains("arms deal")
        && c.claimedBy().contains("United States")).findFirst().orElseThrow();
    assertThat(claim.deniedBy()).containsExactlyInAnyOrder("Russia", "North Korea");
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    DateMention wednesday = date("Wednesday");
    assertThat(wednesday.from()).isEqualTo("2023-09-13");
    DateMention lastWeek = date("last week");
    assertThat(lastWeek.from()).isEqualTo("2023-09-04");
    assertThat(lastWeek.to()).isEqualTo("2023-09-10");
  }

  @Test
  void aPlaceWithAnArticleIsNotPlacedAtTheTownOfItsName() {
    assertThat(card.places()).noneMatch(p -> p.name().equals("West"));
  }

  @Test
  void theCosmodromeIsPlacedInRussiaWithinTheRegionTheArticleGives() {
    Place cosmodrome = card.places().stream().filter(p -> p.name().equals("Vostochny Cosmodrome")).findFirst().orElseThrow();
    assertThat(cosmodrome.country()).isEqualTo("Russia");
    assertThat(cosmodrome.within()).isEqualTo("Russian Far East");
    assertThat(cosmodrome.lon()).as("east of the Urals").isGreaterThan(100);
    assertThat(entity("Russian Far East", EntityType.PLACE).mentions()).extracting(Entity.Mention::text)
        .contains("Russia’s far east");
  }

  @Test
  void everyFactPointsIntoTheSentenceItCameFrom() {
    for (Quote q : card.quotes()) {
      assertInside(q.sentence(), q.start());
    }
    for (Claim c : card.claims()) {
      assertInside(c.sentence(), c.start());
    }
    for (Event e : card.events()) {
      Sentence s = card.sentences().get(e.sentence().index());
      assertThat(s.text()).contains(e.trigger());
    }
    for (Entity e : card.entities()) {
      for (Entity.Mention m : e.mentions()) {
        assertThat(card.body().text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  private static void assertInside(SentenceRef ref, int offset) {
    Sentence s = card.sentences().get(ref.index());
    assertThat(ref.start()).isEqualTo(s.start());
    assertThat(offset).isBetween(s.start(), s.end());
  }

  private static boolean matches(JsonNode x, Event e) {
    if (!e.type().equals(x.get("type").asText())) {
      return false;
    }
    String sentence = card.sentences().get(e.sentence().index()).text();
    if (!sentence.startsWith(x.get("sentence_starts").asText())) {
      return false;
    }
    List<String> actors = new ArrayList<>(e.source());
    actors.addAll(e.target());
    for (String field : List.of("actors", "source", "target")) {
      if (x.has(field)) {
        for (String name : texts(x.get(field))) {
          if (!actors.contains(name)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(norm(n.asText())));
    } else {
      out.add(norm(node.asText()));
    }
    return out;
  }

  private static List<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(m -> norm(m.text())).toList();
  }

  private static String norm(String s) {
    return s.replace('’', '\'');
  }

  private static Entity entity(String name, EntityType type) {
    return card.entities().stream().filter(e -> norm(e.name()).equals(norm(name)) && e.type() == type)
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " entity " + name + " in "
            + card.entities().stream().map(e -> e.type() + ":" + e.name()).toList()));
  }

  private static Optional<Quote> quote(String text) {
    return card.quotes().stream().filter(q -> q.text().equals(text)).findFirst();
  }

  private static DateMention date(String text) {
    return card.dates().stream().filter(d -> d.text().equals(text)).findFirst().orElseThrow();
  }
}
