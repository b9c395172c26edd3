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
  void aStatesNameIsTheStateNotATownNamedAfterItElsewhere() {
    List<String> us = List.of("US");
    assertThat(gazetteer.bestCity("California", us)).as("California, Maryland").isEmpty();
    assertThat(gazetteer.bestCity("Texas", us)).as("Texas City").isEmpty();
    assertThat(gazetteer.bestCity("England", us)).as("England, Arkansas").isEmpty();

    Region california = gazetteer.region("California", us).orElseThrow();
    assertThat(california.countryCode()).isEqualTo("US");
    assertThat(california.lat()).isBetween(32.5, 42.0);
    assertThat(california.lon()).isBetween(-124.5, -114.1);
    Region england = gazetteer.region("England", us).orElseThrow();
    assertThat(england.countryCode()).isEqualTo("GB");
    assertThat(england.lat()).isBetween(50.0, 55.8);
  }

  @Test
  void aCityOfTheStatesNameInsideItIsTheCity() {
    City newYork = gazetteer.bestCity("New York", List.of("US")).orElseThrow();
    assertThat(newYork.lat()).isCloseTo(40.71, org.assertj.core.api.Assertions.within(0.1));
    City lagos = gazetteer.bestCity("Lagos", List.of("NG")).orElseThrow();
    assertThat(lagos.countryCode()).isEqualTo("NG");
    assertThat(gazetteer.bestCity("Sacramento", List.of("US")).orElseThrow().admin1()).isEqualTo("CA");
    assertThat(gazetteer.bestCity("Dubai", List.of("IN")).orElseThrow().countryCode())
        .as("the emirate's city, not a town of that name in India").isEqualTo("AE");
  }

  @Test
  void aWordOfDirectionIsNoRegion() {
    assertThat(gazetteer.region("North", List.of())).as("Cameroon's North region").isEmpty();
    assertThat(gazetteer.region("Western", List.of())).isEmpty();
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
