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
  PROTEST("PROTEST");

  private final String plover;

  EventType(String plover) {
    this.plover = plover;
  }

  public String plover() {
    return plover;
  }

  /** The name the card uses: {@code offer_aid}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static final Map<String, EventType> VERBS = Map.ofEntries(
      Map.entry("meet", MEET), Map.entry("visit", MEET), Map.entry("host", MEET),
      Map.entry("support", SUPPORT), Map.entry("back", SUPPORT), Map.entry("endorse", SUPPORT),
      Map.entry("assist", PROVIDE_AID), Map.entry("aid", PROVIDE_AID),
      Map.entry("supply", PROVIDE_AID), Map.entry("arm", PROVIDE_AID),
      Map.entry("cooperate", COOPERATE), Map.entry("collaborate", COOPERATE), Map.entry("partner", COOPERATE),
      Map.entry("agree", AGREE),
      Map.entry("warn", WARN), Map.entry("caution", WARN),
      Map.entry("threaten", THREATEN),
      Map.entry("accuse", ACCUSE), Map.entry("blame", ACCUSE), Map.entry("condemn", ACCUSE),
      Map.entry("criticize", ACCUSE), Map.entry("criticise", ACCUSE),
      Map.entry("deny", DENY), Map.entry("reject", DENY), Map.entry("refute", DENY), Map.entry("dismiss", DENY),
      Map.entry("demand", REQUEST), Map.entry("urge", REQUEST), Map.entry("request", REQUEST), Map.entry("seek", REQUEST),
      Map.entry("attack", ATTACK), Map.entry("strike", ATTACK), Map.entry("bomb", ATTACK), Map.entry("shell", ATTACK),
      Map.entry("invade", ATTACK), Map.entry("raid", ATTACK), Map.entry("kill", ATTACK), Map.entry("shoot", ATTACK),
      Map.entry("sanction", SANCTION), Map.entry("embargo", SANCTION), Map.entry("expel", SANCTION),
      Map.entry("protest", PROTEST));

  /** Nouns that carry the event after a light verb ("offered his support") or alone ("Moscow's invasion"). */
  private static final Map<String, EventType> NOUNS = Map.ofEntries(
      Map.entry("support", SUPPORT), Map.entry("backing", SUPPORT), Map.entry("solidarity", SUPPORT),
      Map.entry("aid", PROVIDE_AID), Map.entry("assistance", PROVIDE_AID), Map.entry("help", PROVIDE_AID),
      Map.entry("cooperation", COOPERATE), Map.entry("warning", WARN), Map.entry("threat", THREATEN),
      Map.entry("sanction", SANCTION), Map.entry("invasion", ATTACK), Map.entry("attack", ATTACK),
      Map.entry("strike", ATTACK), Map.entry("bombing", ATTACK), Map.entry("offensive", ATTACK),
      Map.entry("talks", MEET), Map.entry("talk", MEET), Map.entry("summit", MEET), Map.entry("meeting", MEET),
      Map.entry("protest", PROTEST), Map.entry("accusation", ACCUSE), Map.entry("denial", DENY));

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
