package org.newsdesk.analyze.events;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of event the analyzer codes, each with its PLOVER category where one fits (PLOVER is
 * the open successor of CAMEO; see {@code ../shared/data/plover/}). Warnings are statements that
 * PLOVER leaves out; a warning with a condition ("would pay a price if …") is a threat.
 */
public enum EventType {
  MEET("CONSULT"),
  SUPPORT("SUPPORT"),
  OFFER_AID("AID"),
  PROVIDE_AID("AID"),
  COOPERATE("COOPERATE"),
  AGREE("AGREE"),
  WARN(null),
  THREATEN("THREATEN"),
  ACCUSE("ACCUSE"),
  DENY("REJECT"),
  REQUEST("REQUEST"),
  ATTACK("ASSAULT"),
  MISSILE_LAUNCH("MOBILIZE"),
  SANCTION("SANCTION"),
  PROTEST("PROTEST"),
  COERCE("COERCE"),
  MOBILIZE("MOBILIZE"),
  RETREAT("RETREAT"),
  CONCEDE("CONCEDE"),
  INVESTIGATE("INVESTIGATE");

  private final String plover;

  EventType(String plover) {
    this.plover = plover;
  }

  public String plover() {
    return plover;
  }

  /**
   * Events of cooperation: not doing one ("failed to reach agreement", "did not support") is,
   * in PLOVER's terms, a rejection.
   */
  public boolean cooperative() {
    return this == MEET || this == SUPPORT || this == OFFER_AID || this == PROVIDE_AID
        || this == COOPERATE || this == AGREE || this == CONCEDE || this == RETREAT;
  }

  /** The name the card uses: {@code offer_aid}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static final Map<String, EventType> VERBS = lexicon(
      MEET, "meet visit host consult negotiate",
      SUPPORT, "support back endorse praise welcome commend defend applaud hail",
      PROVIDE_AID, "assist aid supply arm donate fund finance deliver",
      COOPERATE, "cooperate collaborate partner extradite",
      AGREE, "agree sign accept ratify approve",
      WARN, "warn caution",
      THREATEN, "threaten",
      ACCUSE, "accuse blame condemn criticize criticise denounce",
      DENY, "deny reject refute dismiss refuse veto rebuff",
      REQUEST, "demand urge request seek appeal press",
      ATTACK, "attack bomb shell invade kill shoot ambush assassinate wound massacre storm bombard",
      COERCE, "arrest detain seize confiscate deport evict demolish censor jail imprison raid",
      MOBILIZE, "mobilize mobilise deploy",
      RETREAT, "withdraw release free retreat evacuate reopen",
      CONCEDE, "concede yield relent compromise",
      INVESTIGATE, "investigate probe inspect",
      SANCTION, "sanction embargo expel boycott",
      PROTEST, "protest march");

  /** Nouns that carry the event after a light verb ("offered his support") or alone ("Moscow's invasion"). */
  private static final Map<String, EventType> NOUNS = lexicon(
      SUPPORT, "support backing solidarity",
      PROVIDE_AID, "aid assistance help arm weapon funding grant",
      COOPERATE, "cooperation",
      WARN, "warning",
      THREATEN, "threat ultimatum",
      SANCTION, "sanction embargo ban boycott",
      ATTACK, "invasion attack strike bombing offensive airstrike assault raid",
      MEET, "talk summit meeting negotiation",
      AGREE, "agreement deal accord treaty consensus",
      PROTEST, "protest demonstration rally march sit-in",
      INVESTIGATE, "investigation inquiry probe",
      MOBILIZE, "exercise drill",
      ACCUSE, "accusation",
      DENY, "denial");

  private static Map<String, EventType> lexicon(Object... typeAndWords) {
    Map<String, EventType> map = new java.util.HashMap<>();
    for (int i = 0; i < typeAndWords.length; i += 2) {
      for (String w : ((String) typeAndWords[i + 1]).split(" ")) {
        map.put(w, (EventType) typeAndWords[i]);
      }
    }
    return Map.copyOf(map);
  }

  static Optional<EventType> ofVerb(String lemma) {
    return Optional.ofNullable(lemma == null ? null : VERBS.get(lemma.toLowerCase(Locale.ROOT)));
  }

  static Optional<EventType> ofNoun(String lemma) {
    return Optional.ofNullable(lemma == null ? null : NOUNS.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** Whether a sentence with this lemma is worth a dependency parse. */
  public static boolean isTrigger(String lemma) {
    return ofVerb(lemma).isPresent() || ofNoun(lemma).isPresent()
        || "fire".equals(lemma) || "launch".equals(lemma) || "test".equals(lemma);
  }
}
