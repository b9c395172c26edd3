package org.newsdesk.analyze.entities;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.analyze.card.Entity;

/**
 * Turns the words of a parse that name an actor (a verb's subject, an object, the agent of a
 * passive) into an {@link Actor}: the entity mentioned there; for "he"/"she" the person mentioned
 * last; for a plural of people ("the two leaders", "the pair") the two people the article has
 * mentioned most so far; for an unnamed group, its description.
 */
public final class ActorResolver {

  private static final Set<String> GROUP_NOUNS = Set.of(
      "leader", "pair", "president", "minister", "man", "woman", "counterpart", "head", "duo",
      "premier", "chief");
  /**
   * Nouns for arms of a state: "Israeli tanks", "Russian troops" and "Turkish police" act for
   * the state their demonym names ("the British royal" does not).
   */
  private static final Set<String> STATE_AGENTS = Set.of(
      "tank", "aircraft", "helicopter", "jet", "warplane", "troop", "soldier", "force", "police",
      "military", "army", "navy", "official", "government", "authority", "ministry", "diplomat",
      "warship", "drone", "artillery", "gunship", "gunboat", "plane", "bomber", "fighter",
      "guard", "policeman", "commando", "unit", "regime", "embassy", "prosecutor", "court",
      "parliament", "leader", "president", "minister", "delegation", "envoy", "spokesman",
      "spokeswoman", "vessel", "submarine", "battalion", "intelligence", "agency", "cabinet");
  private static final Set<String> UNRESOLVED_PRONOUNS = Set.of(
      "it", "they", "them", "we", "i", "you", "this", "that", "which", "who", "there", "one");

  private final EntityIndex index;
  private final String text;

  public ActorResolver(EntityIndex index, String text) {
    this.index = index;
    this.text = text;
  }

  public EntityIndex index() {
    return index;
  }

  /** The actor a word heads, if any. */
  public Optional<Actor> resolve(SemanticGraph g, IndexedWord w) {
    Optional<Entity> e = index.at(w.beginPosition(), w.endPosition());
    if (e.isPresent()) {
      return Optional.of(Actor.of(List.of(e.get())));
    }
    String lower = w.word().toLowerCase(Locale.ROOT);
    String tag = w.tag() == null ? "" : w.tag();
    if (lower.equals("he") || lower.equals("she") || lower.equals("him") || lower.equals("her")) {
      return index.lastPersonBefore(w.beginPosition()).map(p -> Actor.of(List.of(p)));
    }
    if (UNRESOLVED_PRONOUNS.contains(lower) || tag.startsWith("PRP") || tag.startsWith("W")) {
      return Optional.empty();
    }
    if (isPeopleGroup(g, w)) {
      List<Entity> people = index.prominentPeople(w.beginPosition(), 2);
      if (people.size() == 2) {
        return Optional.of(Actor.of(people));
      }
    }
    if (tag.startsWith("NN")) {
      // A named entity inside the phrase: "officials of the Kremlin" speak for the Kremlin.
      for (IndexedWord d : g.descendants(w)) {
        if (d.index() != w.index() && g.getShortestDirectedPathNodes(w, d).size() <= 3) {
          Optional<Entity> inner = index.at(d.beginPosition(), d.endPosition());
          if (inner.isPresent() && (isOfOrPossessive(g, w, d) || isStateAgent(g, w, d, inner.get()))) {
            return Optional.of(Actor.of(List.of(inner.get())));
          }
        }
      }
      return Optional.of(Actor.described(phrase(g, w)));
    }
    return Optional.empty();
  }

  /** The subjects of a verb, conjoined ones included, as one actor. */
  public Optional<Actor> subject(SemanticGraph g, IndexedWord verb) {
    return actorOf(g, verb, List.of("nsubj", "nsubj:xsubj", "obl:agent", "nsubj:pass:xsubj"));
  }

  /** The actors behind the given relations of a word, merged. */
  public Optional<Actor> actorOf(SemanticGraph g, IndexedWord head, List<String> relations) {
    List<Entity> entities = new ArrayList<>();
    String description = null;
    for (SemanticGraphEdge edge : g.outgoingEdgeList(head)) {
      String rel = edge.getRelation().toString();
      if (!relations.contains(rel)) {
        continue;
      }
      Optional<Actor> a = resolve(g, edge.getDependent());
      if (a.isEmpty()) {
        continue;
      }
      for (Entity e : a.get().entities()) {
        if (!entities.contains(e)) {
          entities.add(e);
        }
      }
      if (!a.get().named() && description == null) {
        description = a.get().description();
      }
    }
    if (!entities.isEmpty()) {
      return Optional.of(Actor.of(entities));
    }
    return description == null ? Optional.empty() : Optional.of(Actor.described(description));
  }

  private static boolean isPeopleGroup(SemanticGraph g, IndexedWord w) {
    String lemma = w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    boolean plural = "NNS".equals(w.tag()) || lemma.equals("pair") || lemma.equals("duo");
    if (!plural || !GROUP_NOUNS.contains(lemma)) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
      if (rel.startsWith("nmod") || rel.equals("acl") || rel.startsWith("acl:")) {
        return false; // "leaders of the G7" are others
      }
      if (rel.equals("nummod") && !dep.equals("two")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStateAgent(SemanticGraph g, IndexedWord head, IndexedWord d, Entity inner) {
    String lemma = head.lemma() == null ? head.word() : head.lemma();
    SemanticGraphEdge e = g.getEdge(head, d);
    return e != null && e.getRelation().toString().equals("amod")
        && inner.type() == org.newsdesk.analyze.card.EntityType.COUNTRY
        && STATE_AGENTS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static boolean isOfOrPossessive(SemanticGraph g, IndexedWord head, IndexedWord d) {
    SemanticGraphEdge e = g.getEdge(g.getParent(d), d);
    if (e == null) {
      return false;
    }
    String rel = e.getRelation().toString();
    // Not amod: "the British royal" is a person described by a nationality, not Britain.
    return rel.equals("nmod:poss") || rel.equals("nmod:of") || rel.equals("compound");
  }

  /** The words of a short noun phrase, determiners dropped: "geopolitics experts". */
  private String phrase(SemanticGraph g, IndexedWord w) {
    List<IndexedWord> words = new ArrayList<>(List.of(w));
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")) {
        words.add(e.getDependent());
      }
    }
    words.sort(Comparator.comparingInt(IndexedWord::index));
    int start = words.get(0).beginPosition();
    int end = words.get(words.size() - 1).endPosition();
    return text.substring(start, end);
  }
}
