package org.newsdesk.analyze.claims;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.analyze.card.Claim;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.Quote;
import org.newsdesk.analyze.card.SentenceRef;
import org.newsdesk.analyze.entities.Actor;
import org.newsdesk.analyze.entities.ActorResolver;
import org.newsdesk.analyze.nlp.ParsedArticle;

/**
 * Claims: propositions someone puts forward, and who denies them.
 *
 * <p>A claim is the clause a verb of saying or believing reports ("the US warned that Russia and
 * North Korea are advancing in an arms deal", "…, experts said"), or a sentence held "according
 * to" someone. Direct quotes are quotes, not claims. A denial ("Both Moscow and Pyongyang have
 * denied the claims") refers back: it attaches to the earlier claims that name every denier (a
 * party denies what is said about it), by someone other than the deniers. A denial with its own
 * clause ("Moscow denied that it sent arms") is a claim of its own, denied.
 */
public final class ClaimExtractor {

  private static final Set<String> CLAIM_VERBS = Set.of(
      "say", "warn", "claim", "allege", "report", "believe", "suggest", "fear", "predict",
      "estimate", "insist", "argue", "think", "expect", "assert", "contend", "maintain", "accuse",
      "charge", "conclude", "tell", "add", "note", "state");
  private static final Set<String> ANAPHORIC_OBJECTS = Set.of(
      "claim", "allegation", "report", "accusation", "charge", "suggestion", "it", "this", "that",
      "them", "rumor", "rumour", "assertion", "story");

  /**
   * How many sentences back "the claims" reaches: a denial answers what was just reported, not
   * everything the article said before.
   */
  private static final int DENIAL_REACH = 5;

  private record Found(int start, int end, Actor by, SentenceRef ref) {}

  public List<Claim> extract(ParsedArticle article, ActorResolver actors, List<Quote> quotes, List<Event> events) {
    List<Found> found = new ArrayList<>();
    List<Claim> denied = new ArrayList<>();
    for (ParsedArticle.Parsed parsed : article.parsedSentences()) {
      SemanticGraph g = parsed.graph();
      Optional<SentenceRef> ref = Optional.of(parsed.ref());
      for (IndexedWord w : g.vertexSet()) {
        String lemma = w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
        if (!w.tag().startsWith("VB")) {
          continue;
        }
        boolean deny = lemma.equals("deny") || lemma.equals("reject") || lemma.equals("dismiss");
        if (!CLAIM_VERBS.contains(lemma) && !deny) {
          continue;
        }
        IndexedWord clause = clauseOf(g, w);
        if (clause == null) {
          continue;
        }
        int[] span = span(g, clause, w);
        if (coveredByDirectQuote(span, quotes) || span[1] - span[0] < 15) {
          continue;
        }
        Optional<Actor> by = actors.subject(g, w);
        if (deny) {
          by.filter(Actor::named).ifPresent(a -> denied.add(new Claim(
              article.text().substring(span[0], span[1]), span[0], span[1], List.of(), a.names(), ref.get(), List.of(ref.get()))));
          continue;
        }
        by.ifPresent(a -> found.add(new Found(span[0], span[1], a, ref.get())));
      }
      for (SemanticGraphEdge e : g.edgeListSorted()) {
        if (e.getRelation().toString().contains("according")) {
          Optional<Actor> by = actors.resolve(g, e.getDependent());
          SentenceRef r = ref.get();
          int end = Math.min(r.end(), startOfAccording(article.text(), r));
          if (by.isPresent() && end - r.start() > 15) {
            found.add(new Found(r.start(), trimEnd(article.text(), r.start(), end), by.get(), r));
          }
        }
      }
    }
    List<Claim> claims = new ArrayList<>();
    for (Found f : found) {
      List<String> deniers = new ArrayList<>();
      List<SentenceRef> denials = new ArrayList<>();
      for (Event e : events) {
        int distance = e.sentence().index() - f.ref().index();
        if (!e.type().equals("deny") || distance <= 0 || distance > DENIAL_REACH || !refersBack(e)) {
          continue;
        }
        Set<String> named = actorsIn(actors, article.text(), f.start(), f.end());
        if (named.containsAll(e.source()) && f.by().labels().stream().noneMatch(e.source()::contains)) {
          e.source().stream().filter(s -> !deniers.contains(s)).forEach(deniers::add);
          denials.add(e.sentence());
        }
      }
      claims.add(new Claim(article.text().substring(f.start(), f.end()), f.start(), f.end(),
          f.by().labels(), deniers, f.ref(), denials));
    }
    claims.addAll(denied);
    claims.sort(java.util.Comparator.comparingInt(Claim::start));
    return claims;
  }

  private static boolean refersBack(Event deny) {
    if (deny.about() == null) {
      return true;
    }
    String head = deny.about().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip();
    for (String word : head.split("\\s+")) {
      String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
      if (ANAPHORIC_OBJECTS.contains(word) || ANAPHORIC_OBJECTS.contains(singular)) {
        return true;
      }
    }
    return false;
  }

  /** Entities a span names as parties, not as the place something happens ("was in Russia"). */
  private static Set<String> actorsIn(ActorResolver actors, String text, int start, int end) {
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : actors.index().entities()) {
      for (Entity.Mention m : e.mentions()) {
        if (m.start() < start || m.end() > end) {
          continue;
        }
        String before = text.substring(Math.max(start, m.start() - 4), m.start());
        if (!before.matches(".*\\b(in|at|near)\\s+$")) {
          names.add(e.name());
        }
      }
    }
    return names;
  }

  /** The clause a verb reports: its complement, or, for "…, experts said", the clause it hangs from. */
  private static IndexedWord clauseOf(SemanticGraph g, IndexedWord verb) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      if (rel.equals("ccomp") || rel.equals("parataxis")) {
        return e.getDependent();
      }
    }
    // "…, experts said" hangs the verb below its clause; "Experts say Russia will …" is parsed
    // with the verb as the clause's clausal subject.
    // A reporting tag stands alone: a verb with its own "that" or "and" ("…, and that some
    // evidence suggests wells") is a clause of its own the parser hung there, not a tag.
    SemanticGraphEdge up = g.getEdge(g.getParent(verb), verb);
    if (up != null && (up.getRelation().toString().equals("parataxis") || up.getRelation().toString().equals("csubj"))
        && !hasMarkerOrConjunction(g, verb)) {
      return up.getGovernor();
    }
    return null;
  }

  private static boolean hasMarkerOrConjunction(SemanticGraph g, IndexedWord verb) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      if (rel.equals("mark") || rel.equals("cc")) {
        return true;
      }
    }
    return false;
  }

  /** The characters of a clause, without the reporting verb's own words, punctuation or "that". */
  private static int[] span(SemanticGraph g, IndexedWord clause, IndexedWord verb) {
    boolean clauseAboveVerb = clause.equals(g.getParent(verb));
    Set<IndexedWord> exclude = new java.util.HashSet<>(Set.of(verb));
    if (clauseAboveVerb) {
      exclude.addAll(g.descendants(verb));
      for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
        if (e.getRelation().toString().equals("obj")) {
          exclude.removeAll(g.descendants(e.getDependent())); // "say Russia will …": Russia is the clause's
        }
      }
    }
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (IndexedWord d : g.descendants(clause)) {
      if (exclude.contains(d) || isPunctuation(d)) {
        continue;
      }
      SemanticGraphEdge up = g.getEdge(g.getParent(d), d);
      if (up != null && up.getRelation().toString().equals("mark") && d.word().equalsIgnoreCase("that")) {
        continue;
      }
      start = Math.min(start, d.beginPosition());
      end = Math.max(end, d.endPosition());
    }
    return end < 0 ? new int[] {0, 0} : new int[] {start, end};
  }

  private static boolean isPunctuation(IndexedWord d) {
    String t = d.tag() == null ? "" : d.tag();
    return t.equals(".") || t.equals(",") || t.equals("``") || t.equals("''") || t.equals(":");
  }

  private static boolean coveredByDirectQuote(int[] span, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.kind() == Quote.QuoteKind.direct && q.start() <= span[0] + 2 && q.end() >= span[1] - 2) {
        return true;
      }
    }
    return false;
  }

  private static int startOfAccording(String text, SentenceRef r) {
    int i = text.indexOf("according to", r.start());
    int j = text.indexOf("According to", r.start());
    int at = i >= 0 && i < r.end() ? i : r.end();
    return j >= 0 && j < r.end() && j > r.start() ? Math.min(at, j) : at;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ','
        || text.charAt(end - 1) == '.')) {
      end--;
    }
    return end;
  }
}
