package org.newsdesk.analyze.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.analyze.card.DateMention;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.SentenceRef;
import org.newsdesk.analyze.entities.Actor;
import org.newsdesk.analyze.entities.ActorResolver;
import org.newsdesk.analyze.nlp.ParsedArticle;
import org.newsdesk.analyze.quotes.SpeechVerbs;

/**
 * Who did what to whom, read off dependency parses.
 *
 * <p>A trigger is a verb of {@link EventType} ("met", "denied", "warned"), a verb with a missile
 * as object ("fired two ballistic missiles"), a light verb with an event noun ("offered his
 * support"), or an event noun with a possessor ("Moscow's invasion of Ukraine"). Around it:
 *
 * <ul>
 *   <li>source: the subjects (conjoined ones too: "Both Moscow and Pyongyang"); where the trigger
 *       has none, the subject of the nearest verb above it ("Putin signaled a willingness to
 *       assist") — an aid verb under a word of willingness or promise is an offer of aid.
 *   <li>target: for a statement (warn, accuse, deny, threaten), the object, or else the subjects
 *       of the clause it reports; for other events, the first entity under the object or a
 *       prepositional argument, "support for Russia's fight" preferring the "for".
 *   <li>place: an "at"/"in" argument naming a location; time: a date under the trigger, or in its
 *       sentence; reported by: the subject of a speech verb above the trigger, or "according to".
 * </ul>
 */
public final class EventExtractor {

  /** Verbs whose object names the event: "offered support", "imposed sanctions", "staged a rally". */
  private static final Set<String> LIGHT_VERBS = Set.of(
      "offer", "pledge", "express", "voice", "give", "extend", "provide", "promise", "signal",
      "announce", "declare", "hold", "reaffirm", "issue", "impose", "stage", "launch", "open",
      "reach", "sign", "send", "conduct", "carry", "begin", "start", "lift", "suspend", "cancel",
      "deliver", "ship");
  private static final Set<String> OFFER_WORDS = Set.of(
      "offer", "willingness", "readiness", "pledge", "promise", "vow", "plan", "ready", "willing",
      "propose", "intention");
  private static final Set<String> MISSILES = Set.of(
      "missile", "rocket", "projectile", "icbm", "warhead", "drone", "shell", "bomb");
  private static final Set<String> PLACE_RELATIONS = Set.of("obl:at", "obl:in", "nmod:at", "nmod:in", "obl:near");

  public List<Event> extract(ParsedArticle article, ActorResolver actors, List<DateMention> dates) {
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ParsedArticle.Parsed parsed : article.parsedSentences()) {
      SemanticGraph g = parsed.graph();
      SentenceRef ref = parsed.ref();
      List<IndexedWord> words = new ArrayList<>(g.vertexSet());
      words.sort(Comparator.comparingInt(IndexedWord::index));
      for (IndexedWord w : words) {
        trigger(g, w, dates).flatMap(t -> build(g, t, actors, dates, ref)).ifPresent(e -> {
          String key = e.type() + "|" + e.source() + "|" + e.target() + "|" + e.sentence().index();
          if (seen.add(key)) {
            events.add(e);
          }
        });
      }
    }
    return events;
  }

  /** A trigger: the word that names the event, the word whose arguments carry its actors, and its type. */
  private record Trigger(IndexedWord word, IndexedWord predicate, EventType type) {}

  private Optional<Trigger> trigger(SemanticGraph g, IndexedWord w, List<DateMention> dates) {
    String tag = w.tag() == null ? "" : w.tag();
    String lemma = lemma(w);
    if (tag.startsWith("VB")) {
      if ((lemma.equals("fire") || lemma.equals("launch") || lemma.equals("test") || lemma.equals("test-fire"))) {
        IndexedWord obj = child(g, w, "obj");
        if (obj != null && MISSILES.contains(lemma(obj))) {
          boolean aimed = aimedAt(g, w, dates);
          return Optional.of(new Trigger(w, w, aimed ? EventType.ATTACK : EventType.MISSILE_LAUNCH));
        }
        if (lemma.equals("fire") && aimedAt(g, w, dates)) {
          return Optional.of(new Trigger(w, w, EventType.ATTACK));
        }
        if (!lemma.equals("launch") || obj == null) {
          return Optional.empty();
        }
      }
      if (lemma.equals("demonstrate") && child(g, w, "obj") == null && child(g, w, "ccomp") == null) {
        return Optional.of(new Trigger(w, w, EventType.PROTEST)); // "demonstrated in Belgrade", not "demonstrated that"
      }
      if (lemma.equals("stand") && child(g, w, "obl:with") != null) {
        return Optional.of(new Trigger(w, w, EventType.SUPPORT));
      }
      if (LIGHT_VERBS.contains(lemma)) {
        IndexedWord obj = child(g, w, "obj");
        if (obj != null && EventType.ofNoun(lemma(obj)).isEmpty() && child(g, obj, "nmod:of") != null) {
          obj = child(g, obj, "nmod:of"); // "gave 5 million dollars of aid"
        }
        if (obj != null) {
          Optional<EventType> noun = EventType.ofNoun(lemma(obj));
          if (noun.isPresent()) {
            EventType type = noun.get();
            if (type == EventType.PROVIDE_AID && OFFER_WORDS.contains(lemma)) {
              type = EventType.OFFER_AID;
            } else if (lemma.equals("lift") && type == EventType.SANCTION) {
              type = EventType.RETREAT; // lifting sanctions eases them
            } else if (type == EventType.MEET && !(lemma.equals("hold") || lemma.equals("begin") || lemma.equals("start") || lemma.equals("open"))) {
              return Optional.empty();
            }
            return Optional.of(new Trigger(obj, w, type));
          }
          if ((lemma.equals("suspend") || lemma.equals("cancel")) && obj.tag().startsWith("NN")) {
            return Optional.of(new Trigger(w, w, EventType.SANCTION)); // suspended air links, cancelled a visit
          }
        }
        return Optional.empty();
      }
      Optional<EventType> type = EventType.ofVerb(lemma);
      if (type.isEmpty() || isAuxiliaryUse(g, w)) {
        return Optional.empty();
      }
      EventType t = type.get();
      if (t == EventType.PROVIDE_AID && underOffer(g, w)) {
        t = EventType.OFFER_AID;
      }
      if (t == EventType.WARN && hasCondition(g, w)) {
        t = EventType.THREATEN;
      }
      return Optional.of(new Trigger(w, w, t));
    }
    if (tag.startsWith("NN")) {
      Optional<EventType> type = EventType.ofNoun(lemma);
      if (type.isPresent() && type.get() == EventType.ATTACK && child(g, w, "nmod:poss") != null) {
        return Optional.of(new Trigger(w, w, EventType.ATTACK));
      }
    }
    return Optional.empty();
  }

  private Optional<Event> build(SemanticGraph g, Trigger t, ActorResolver actors, List<DateMention> dates, SentenceRef ref) {
    Optional<Actor> source = t.predicate() == t.word() && t.word().tag().startsWith("NN")
        ? actors.actorOf(g, t.word(), List.of("nmod:poss"))
        : subjectUpwards(g, t.predicate(), actors);
    List<String> targets = new ArrayList<>(targets(g, t, actors));
    if (source.isEmpty() || !source.get().named()) {
      return Optional.empty(); // an event with no named actor tells a reader nothing about whom
    }
    List<String> sources = source.get().names();
    targets.removeAll(sources);
    if (t.type() == EventType.MEET && sources.size() < 2 && targets.isEmpty()) {
      return Optional.empty();
    }
    String about = isStatement(t.type()) ? objectPhrase(g, t.predicate(), actors) : null;
    Integer count = null;
    if (t.type() == EventType.MISSILE_LAUNCH) {
      IndexedWord obj = child(g, t.predicate(), "obj");
      IndexedWord num = obj == null ? null : child(g, obj, "nummod");
      count = num == null ? null : number(num.word());
    }
    boolean negated = negated(g, t.predicate());
    return Optional.of(new Event(t.type().code(), negated && t.type().cooperative() ? "REJECT" : t.type().plover(),
        t.word().word(), sources, targets, about, place(g, t, actors), time(g, t, dates, ref), count,
        reportedBy(g, t, actors, sources), negated, ref));
  }

  private Optional<Actor> subjectUpwards(SemanticGraph g, IndexedWord w, ActorResolver actors) {
    IndexedWord at = w;
    for (int depth = 0; at != null && depth < 4; depth++) {
      Optional<Actor> s = actors.subject(g, at);
      if (s.isPresent()) {
        return s;
      }
      SemanticGraphEdge up = g.getEdge(g.getParent(at), at);
      if (up == null) {
        return Optional.empty();
      }
      String rel = up.getRelation().toString();
      if (!(rel.startsWith("xcomp") || rel.startsWith("acl") || rel.equals("obj") || rel.startsWith("conj"))) {
        return Optional.empty(); // a subject across a clause boundary belongs to another event
      }
      at = g.getParent(at);
    }
    return Optional.empty();
  }

  private List<String> targets(SemanticGraph g, Trigger t, ActorResolver actors) {
    IndexedWord p = t.predicate();
    Set<String> out = new LinkedHashSet<>();
    if (t.word() != p) {
      // "offered Putin his support for Russia's fight": what the support is for, else to whom.
      for (String rel : List.of("nmod:for", "nmod:to", "nmod:of")) {
        IndexedWord d = child(g, t.word(), rel);
        if (d != null) {
          firstEntityUnder(g, d, actors).ifPresent(out::add);
          if (!out.isEmpty()) {
            return List.copyOf(out);
          }
        }
      }
    }
    if (t.type() == EventType.ATTACK && t.word().tag().startsWith("NN")) {
      IndexedWord of = child(g, t.word(), "nmod:of");
      if (of != null) {
        firstEntityUnder(g, of, actors).ifPresent(out::add);
      }
      return List.copyOf(out);
    }
    List<String> rels = new ArrayList<>(List.of("obj", "iobj", "obl:with", "obl:to", "obl:on",
        "obl:against", "obl:at", "obl:for", "nsubj:pass"));
    if (t.type() == EventType.MEET) {
      rels = List.of("obj", "obl:with");
    }
    for (String rel : rels) {
      for (IndexedWord d : children(g, p, rel)) {
        if (rel.equals("obl:at") && t.type() != EventType.ATTACK && t.type() != EventType.MISSILE_LAUNCH) {
          continue;
        }
        Optional<Actor> a = actors.resolve(g, d);
        if (a.isPresent() && a.get().named()) {
          a.get().entities().stream().filter(e -> !e.type().isLocation() || e.type() == org.newsdesk.analyze.card.EntityType.COUNTRY)
              .map(Entity::name).forEach(out::add);
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    if (out.isEmpty() && isStatement(t.type())) {
      IndexedWord clause = child(g, p, "ccomp");
      if (clause != null) {
        actors.subject(g, clause).filter(Actor::named).ifPresent(a -> out.addAll(a.names()));
      }
    }
    return List.copyOf(out);
  }

  private static Optional<String> firstEntityUnder(SemanticGraph g, IndexedWord root, ActorResolver actors) {
    Deque<IndexedWord> queue = new ArrayDeque<>(List.of(root));
    Set<IndexedWord> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      IndexedWord w = queue.poll();
      if (!seen.add(w)) {
        continue;
      }
      Optional<Entity> e = actors.index().at(w.beginPosition(), w.endPosition());
      if (e.isPresent()) {
        return Optional.of(e.get().name());
      }
      queue.addAll(g.getChildList(w));
    }
    return Optional.empty();
  }

  private static String place(SemanticGraph g, Trigger t, ActorResolver actors) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(t.predicate())) {
      if (PLACE_RELATIONS.contains(e.getRelation().toString())) {
        Optional<Entity> p = actors.index().at(e.getDependent().beginPosition(), e.getDependent().endPosition());
        if (p.isPresent() && p.get().type().isLocation()) {
          return p.get().name();
        }
      }
    }
    return null;
  }

  private static DateMention time(SemanticGraph g, Trigger t, List<DateMention> dates, SentenceRef ref) {
    Set<IndexedWord> under = g.descendants(t.predicate());
    DateMention inSentence = null;
    for (DateMention d : dates) {
      if (d.sentence().index() != ref.index() || d.from() == null) {
        continue;
      }
      for (IndexedWord w : under) {
        if (w.beginPosition() >= d.start() && w.endPosition() <= d.end()) {
          return d;
        }
      }
      if (inSentence == null) {
        inSentence = d;
      }
    }
    return inSentence;
  }

  private static String reportedBy(SemanticGraph g, Trigger t, ActorResolver actors, List<String> sources) {
    for (SemanticGraphEdge e : g.edgeListSorted()) {
      if (e.getRelation().toString().contains("according")) {
        Optional<Actor> a = actors.resolve(g, e.getDependent());
        if (a.isPresent()) {
          return String.join(", ", a.get().labels());
        }
      }
    }
    // "…, the South Korean military said": the report hangs below the event as parataxis.
    for (SemanticGraphEdge e : g.outgoingEdgeList(t.predicate())) {
      if (e.getRelation().toString().equals("parataxis") && SpeechVerbs.contains(e.getDependent().lemma())) {
        Optional<Actor> a = actors.subject(g, e.getDependent());
        if (a.isPresent() && !a.get().labels().equals(sources)) {
          return String.join(", ", a.get().labels());
        }
      }
    }
    // "X said Y did …": climb only through reported clauses, not through adverbial ones.
    IndexedWord at = t.predicate();
    for (int depth = 0; depth < 4; depth++) {
      SemanticGraphEdge up = g.getEdge(g.getParent(at), at);
      if (up == null || !(up.getRelation().toString().equals("ccomp") || up.getRelation().toString().startsWith("conj"))) {
        break;
      }
      at = up.getGovernor();
      if (SpeechVerbs.contains(at.lemma())) {
        Optional<Actor> a = actors.subject(g, at);
        if (a.isPresent() && !a.get().labels().equals(sources)) {
          return String.join(", ", a.get().labels());
        }
      }
    }
    // "…, the South Korean military said": the report verb is the root and the event its clause.
    for (IndexedWord root : g.getRoots()) {
      if (root != t.predicate() && SpeechVerbs.contains(root.lemma()) && g.descendants(root).contains(t.predicate())) {
        Optional<Actor> a = actors.subject(g, root);
        if (a.isPresent() && !a.get().labels().equals(sources)) {
          return String.join(", ", a.get().labels());
        }
      }
    }
    return null;
  }

  private static String objectPhrase(SemanticGraph g, IndexedWord p, ActorResolver actors) {
    IndexedWord obj = child(g, p, "obj");
    if (obj == null || actors.index().at(obj.beginPosition(), obj.endPosition()).isPresent()) {
      return null;
    }
    int start = obj.beginPosition();
    int end = obj.endPosition();
    for (IndexedWord d : g.descendants(obj)) {
      start = Math.min(start, d.beginPosition());
      end = Math.max(end, d.endPosition());
    }
    return end - start > 120 ? null : sliceWords(g, obj);
  }

  private static String sliceWords(SemanticGraph g, IndexedWord obj) {
    List<IndexedWord> words = new ArrayList<>(g.descendants(obj));
    words.sort(Comparator.comparingInt(IndexedWord::index));
    StringBuilder sb = new StringBuilder();
    for (IndexedWord w : words) {
      if (sb.length() > 0 && !w.word().startsWith("’") && !w.word().startsWith("'")) {
        sb.append(' ');
      }
      sb.append(w.word());
    }
    return sb.toString();
  }

  /** "fired at targets", "on positions" — but not "on Monday": a shot with a target is an attack. */
  private static boolean aimedAt(SemanticGraph g, IndexedWord w, List<DateMention> dates) {
    for (String rel : List.of("obl:at", "obl:on", "obl:into", "obl:against")) {
      IndexedWord d = child(g, w, rel);
      if (d != null && dates.stream().noneMatch(t -> t.start() <= d.beginPosition() && d.endPosition() <= t.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStatement(EventType t) {
    return t == EventType.WARN || t == EventType.THREATEN || t == EventType.ACCUSE || t == EventType.DENY
        || t == EventType.REQUEST;
  }

  private static boolean underOffer(SemanticGraph g, IndexedWord w) {
    IndexedWord at = g.getParent(w);
    for (int depth = 0; at != null && depth < 3; depth++, at = g.getParent(at)) {
      if (OFFER_WORDS.contains(lemma(at))) {
        return true;
      }
    }
    return false;
  }

  /** A warning whose reported clause holds a condition: "would pay a price if it supplies …". */
  private static boolean hasCondition(SemanticGraph g, IndexedWord w) {
    for (IndexedWord d : g.descendants(w)) {
      String lw = d.word().toLowerCase(Locale.ROOT);
      if ((lw.equals("if") || lw.equals("unless")) && d.index() > w.index()) {
        return true;
      }
    }
    return false;
  }

  /** "did not support", "never met", and "failed to reach", "refused to sign". */
  private static boolean negated(SemanticGraph g, IndexedWord w) {
    SemanticGraphEdge up = g.getEdge(g.getParent(w), w);
    if (up != null && up.getRelation().toString().startsWith("xcomp")
        && Set.of("fail", "refuse", "decline").contains(lemma(up.getGovernor()))) {
      return true;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String word = e.getDependent().word().toLowerCase(Locale.ROOT);
      if (e.getRelation().toString().equals("neg") || word.equals("not") || word.equals("n't") || word.equals("never")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAuxiliaryUse(SemanticGraph g, IndexedWord w) {
    SemanticGraphEdge up = g.getEdge(g.getParent(w), w);
    return up != null && (up.getRelation().toString().equals("aux") || up.getRelation().toString().equals("amod"));
  }

  private static IndexedWord child(SemanticGraph g, IndexedWord w, String rel) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals(rel)) {
        return e.getDependent();
      }
    }
    return null;
  }

  private static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String rel) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals(rel)) {
        out.add(e.getDependent());
      }
    }
    return out;
  }

  private static String lemma(IndexedWord w) {
    return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
  }

  private static Integer number(String word) {
    List<String> small = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    int i = small.indexOf(word.toLowerCase(Locale.ROOT));
    if (i >= 0) {
      return i;
    }
    try {
      return Integer.parseInt(word.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
