package org.newsdesk.analyze.quotes;

import java.util.Set;

/** Lemmas of verbs that report speech or a stated position: the hinge of quotes and claims. */
public final class SpeechVerbs {

  private static final Set<String> LEMMAS = Set.of(
      "say", "tell", "add", "warn", "claim", "state", "declare", "insist", "note", "write",
      "announce", "argue", "explain", "stress", "report", "deny", "praise", "describe", "call",
      "urge", "vow", "pledge", "promise", "threaten", "caution", "suggest", "admit",
      "acknowledge", "reply", "respond", "ask", "comment", "remark", "signal", "assert",
      "allege", "maintain", "tweet", "post", "predict", "confirm", "reiterate", "emphasise",
      "emphasize", "accuse", "criticize", "criticise", "condemn", "recall", "observe",
      "complain", "concede", "quote", "believe", "estimate", "fear", "hope", "think", "tout",
      "dismiss", "counter", "retort", "joke", "boast", "lament", "demand", "recount", "testify",
      "conclude", "contend", "speculate", "proclaim", "agree", "mention", "stated");

  private SpeechVerbs() {}

  /** A token that is a verb of speech: "said", "warned", "tweeted". */
  public static boolean isSpeechVerb(edu.stanford.nlp.ling.CoreLabel token) {
    return token.tag() != null && token.tag().startsWith("VB") && contains(token.lemma());
  }

  public static boolean contains(String lemma) {
    return lemma != null && LEMMAS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
