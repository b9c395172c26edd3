package org.newsdesk.analyze.entities;

import java.util.Set;

/** Word lists the entity rules share: titles, institutions, facility head nouns, place prepositions. */
final class NameLexicon {

  /** Titles and ranks that stand before a name and attach to the person. */
  static final Set<String> TITLES = Set.of(
      "president", "vice", "prime", "minister", "secretary", "general", "marshal", "director",
      "chairman", "chairwoman", "chair", "leader", "king", "queen", "prince", "princess",
      "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "chancellor",
      "ambassador", "spokesman", "spokeswoman", "spokesperson", "commander", "admiral",
      "colonel", "col.", "lt.", "lieutenant", "major", "captain", "capt.", "sergeant", "gen.",
      "chief", "deputy", "foreign", "defence", "defense", "finance", "justice", "interior",
      "supreme", "premier", "pope", "cardinal", "archbishop", "bishop", "judge",
      "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "professor", "prof.", "ceo",
      "founder", "chief executive", "head", "envoy", "emir", "sheikh", "sultan", "ayatollah",
      "field", "lord", "lady", "sir", "dame", "coach", "manager", "striker", "officer");

  /** Nouns that, after a demonym, name a state body: "the South Korean military". */
  static final Set<String> INSTITUTIONS = Set.of(
      "military", "army", "navy", "air force", "government", "foreign ministry", "ministry",
      "defence ministry", "defense ministry", "police", "authorities", "state media",
      "media", "embassy", "forces", "troops", "coast guard", "parliament", "foreign office",
      "intelligence", "officials", "regime", "cabinet", "administration", "delegation",
      "central bank", "joint chiefs of staff", "presidency", "leadership");

  /** Last words of names of built places: a cosmodrome is a facility, not an organization. */
  static final Set<String> FACILITY_HEADS = Set.of(
      "cosmodrome", "spaceport", "airport", "airfield", "airbase", "base", "station", "port",
      "harbour", "harbor", "stadium", "arena", "palace", "plant", "reactor", "dam", "bridge",
      "prison", "hospital", "square", "camp", "refinery", "mine", "site", "complex", "terminal",
      "centre", "center", "tower", "cathedral", "mosque", "temple", "shipyard", "range");

  /** Prepositions after which a capital is a place rather than its state acting. */
  static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "at", "near", "outside", "into", "across", "around", "via", "toward", "towards",
      "through", "inside", "within");

  /**
   * "to" and "from" make a capital a place only after movement ("flew to Moscow"); otherwise
   * the capital is a party ("weapons to Pyongyang").
   */
  static final Set<String> MOTION_WORDS = Set.of(
      "travel", "travelled", "traveled", "travels", "trip", "visit", "visits", "flight", "fly",
      "flew", "flies", "arrive", "arrived", "arrives", "return", "returned", "returns", "go",
      "went", "goes", "came", "come", "comes", "head", "headed", "heads", "journey", "move",
      "moved", "road", "route", "back", "way", "flights", "trains", "train", "drive", "drove",
      "fled", "flee", "relocated", "evacuated", "deported");

  private NameLexicon() {}
}
