package org.newsdesk.analyze.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  private static List<String> found(String text) {
    return gazetteer.scanCountries(text).stream().map(m -> m.country().name() + "/" + m.kind()).toList();
  }

  @Test
  void hyphenatedCompoundsNameBothCountries() {
    assertThat(found("the Russia-Ukraine war and the US-China talks")).containsExactly(
        "Russia/name", "Ukraine/name", "United States/alias", "China/name");
  }

  @Test
  void longestNameWinsAndCaseMatters() {
    assertThat(found("North Korea told us")).containsExactly("North Korea/name");
  }

  @Test
  void demonymsCapitalsAndAcronymsNameTheirCountry() {
    assertThat(found("Chinese officials in Pyongyang met the DPRK envoy")).containsExactly(
        "China/demonym", "North Korea/capital", "North Korea/alias");
  }

  @Test
  void aSovereignStateWinsADemonymItSharesWithATerritory() {
    assertThat(found("French troops")).containsExactly("France/demonym");
  }

  @Test
  void aCapitalIsFoundAsTheCapitalCity() {
    City moscow = gazetteer.bestCity("Moscow", List.of("US")).orElseThrow();
    assertThat(moscow.countryCode()).isEqualTo("RU");
  }

  @Test
  void anAmbiguousCityPrefersTheCountriesOfTheArticle() {
    assertThat(gazetteer.bestCity("Cambridge", List.of("US")).orElseThrow().countryCode()).isEqualTo("US");
    assertThat(gazetteer.bestCity("Cambridge", List.of("GB")).orElseThrow().countryCode()).isEqualTo("GB");
  }
  @Test
  void aPlanetOrAContinentIsNeverTheTownOfThatName() {
    assertThat(gazetteer.bestCity("Earth", List.of("US"))).isEmpty();
    assertThat(gazetteer.bestCity("Asia", List.of())).isEmpty();
  }

  @Test
  void aStateOfTheArticleIsNotAForeignTownOfItsName() {
    assertThat(gazetteer.bestCity("Colorado", List.of("US"))).isEmpty();
    Region colorado = gazetteer.region("Colorado", List.of("US")).orElseThrow();
    assertThat(colorado.countryCode()).isEqualTo("US");
    assertThat(colorado.lat()).isBetween(37.0, 41.0);
    assertThat(colorado.lon()).isBetween(-109.1, -102.0);
    assertThat(gazetteer.bestCity("New York", List.of()).orElseThrow().countryCode()).isEqualTo("US");
  }

  @Test
  void aTownNameOfSeveralCountriesIsNotGuessedWithoutOneOfThem() {
    assertThat(gazetteer.bestCity("Dover", List.of())).isEmpty();
    assertThat(gazetteer.bestCity("Dover", List.of("GB")).orElseThrow().countryCode()).isEqualTo("GB");
  }
}
