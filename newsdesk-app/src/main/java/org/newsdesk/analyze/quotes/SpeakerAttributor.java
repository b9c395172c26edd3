package org.newsdesk.analyze.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.Quote;
import org.newsdesk.analyze.card.SentenceRef;
import org.newsdesk.analyze.entities.Actor;
import org.newsdesk.analyze.entities.ActorResolver;
import org.newsdesk.analyze.nlp.ParsedArticle;

/**
 * Decides who said each quotation.
 *
 * <p>News attributes speech in few ways, and this class tries them from the most to the least
 * certain, stopping at the first that names someone (a sieve, as in the quote attribution of
 * Muzny et al., 2017, but with news conventions rather than fiction's):
 *
 * <ol>
 *   <li><b>after</b>: a speech verb and its subject right after the closing mark — "‘…,’ Jong-Un
 *       said", "’ said Putin", "…’, the military said".
 *   <li><b>before</b>: a subject and speech verb right before the opening mark, ending in a colon
 *       or comma — "Putin told reporters: ‘…’".
 *   <li><b>clause</b>: for a quote inside a sentence, the dependency path from the quote up to
 *       the first speech verb: "the US warned that Russia is ‘actively advancing’" is the US
 *       speaking, although Russia is the nearer subject. Without a speech verb above it, the
 *       first verb with a subject: "Kim offered Putin his ‘full support’".
 *   <li><b>sentence</b>: the speaker of another attributed quote, or the subject of a speech
 *       verb, in the same sentence.
 *   <li><b>continuation</b>: an unattributed direct quote goes on in the voice of the last
 *       attributed quote of its paragraph ("‘A,’ he said. ‘B.’"), or, when it opens its
 *       paragraph, of the paragraph before.
 * </ol>
 *
 * Subjects resolve through {@link ActorResolver}: entities (people, organizations, countries, the
 * Kremlin), "he"/"she", "the two leaders", or an unnamed group ("experts") kept as a description.
 */
public final class SpeakerAttributor {

  /** How many tokens after a closing mark may hold the attribution ("’, the South Korean military said"). */
  private static final int AFTER_WINDOW = 8;
  private static final int BEFORE_WINDOW = 8;

  private record Attribution(Actor actor, String verb, String rule) {}

  public List<Quote> attribute(List<QuoteSpan> spans, ParsedArticle article, ActorResolver actors) {
    List<Quote> quotes = new ArrayList<>();
    List<Attribution> found = new ArrayList<>();
    for (QuoteSpan span : spans) {
      Optional<Attribution> a = after(span, article, actors)
          .or(() -> before(span, article, actors))
          .or(() -> clause(span, article, actors));
      found.add(a.orElse(null));
    }
    for (int i = 0; i < spans.size(); i++) {
      if (found.get(i) == null) {
        final int at = i;
        found.set(i, sameSentence(at, spans, found, article, actors)
            .or(() -> continuation(at, spans, found, article))
            .orElse(null));
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      QuoteSpan s = spans.get(i);
      Optional<SentenceRef> ref = article.refAt(s.start());
      if (ref.isEmpty()) {
        continue;
      }
      Attribution a = found.get(i);
      String speaker = null;
      String speakerId = null;
      String description = null;
      if (a != null && a.actor().named()) {
        Entity e = a.actor().entities().get(0);
        speaker = e.name();
        speakerId = e.id();
      } else if (a != null) {
        description = a.actor().description();
      }
      quotes.add(new Quote(s.direct() ? Quote.QuoteKind.direct : Quote.QuoteKind.partial,
          article.text().substring(s.start(), s.end()), s.start(), s.end(), speaker, speakerId,
          description, a == null ? null : a.verb(), a == null ? null : a.rule(), ref.get()));
    }
    return quotes;
  }

  private Optional<Attribution> after(QuoteSpan span, ParsedArticle article, ActorResolver actors) {
    if (!span.closed()) {
      return Optional.empty();
    }
    int si = article.nlpIndexAt(span.close());
    if (si < 0) {
      return Optional.empty();
    }
    CoreMap sentence = article.nlpSentences().get(si);
    List<CoreLabel> tokens = ParsedArticle.tokens(sentence);
    int first = firstTokenFrom(tokens, span.close() + 1);
    if (first < 0 && si + 1 < article.nlpSentences().size()
        && article.text().substring(span.close() + 1, ParsedArticle.begin(article.nlpSentences().get(si + 1))).indexOf('\n') < 0) {
      // "…Kentucky!” Trump tweeted.": the quote's "!" ended the sentence; the attribution is the next.
      sentence = article.nlpSentences().get(si + 1);
      tokens = ParsedArticle.tokens(sentence);
      first = 0;
    }
    if (first < 0) {
      return Optional.empty();
    }
    for (int i = first; i < Math.min(tokens.size(), first + AFTER_WINDOW); i++) {
      CoreLabel t = tokens.get(i);
      if (isQuoteMark(t.word()) && i > first) {
        break;
      }
      if (SpeechVerbs.isSpeechVerb(t)) {
        return speakerOf(sentence, tokens, i, first, actors, "after");
      }
      if (t.tag() != null && t.tag().startsWith("VB") && !isAuxiliary(t.lemma())) {
        break; // another verb first: the words after the quote are not its attribution
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> before(QuoteSpan span, ParsedArticle article, ActorResolver actors) {
    int si = article.nlpIndexAt(span.open());
    if (si < 0) {
      return Optional.empty();
    }
    CoreMap sentence = article.nlpSentences().get(si);
    List<CoreLabel> tokens = ParsedArticle.tokens(sentence);
    int open = firstTokenFrom(tokens, span.open());
    if (open <= 0) {
      return Optional.empty();
    }
    String mark = tokens.get(open - 1).word();
    if (!mark.equals(":") && !mark.equals(",")) {
      return Optional.empty();
    }
    for (int i = open - 2; i >= Math.max(0, open - 1 - BEFORE_WINDOW); i--) {
      CoreLabel t = tokens.get(i);
      if (SpeechVerbs.isSpeechVerb(t)) {
        return speakerOf(sentence, tokens, i, Math.max(0, open - 1 - BEFORE_WINDOW), actors, "before");
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> clause(QuoteSpan span, ParsedArticle article, ActorResolver actors) {
    int si = article.nlpIndexAt(span.start());
    if (si < 0) {
      return Optional.empty();
    }
    CoreMap sentence = article.nlpSentences().get(si);
    Optional<SemanticGraph> graph = ParsedArticle.dependencies(sentence);
    if (graph.isEmpty()) {
      return Optional.empty();
    }
    SemanticGraph g = graph.get();
    IndexedWord head = quoteHead(g, ParsedArticle.tokens(sentence), span);
    if (head == null) {
      return Optional.empty();
    }
    Attribution firstSubject = null;
    IndexedWord w = head;
    for (int depth = 0; w != null && depth < 12; depth++, w = g.getParent(w)) {
      if (w.tag() == null || !w.tag().startsWith("VB") || w.endPosition() > span.start() && w.beginPosition() < span.end()) {
        continue;
      }
      Optional<Actor> subject = actors.subject(g, w);
      if (SpeechVerbs.contains(w.lemma()) && subject.isPresent()) {
        return Optional.of(new Attribution(subject.get(), w.word(), "clause"));
      }
      if (firstSubject == null && subject.isPresent() && subject.get().named()) {
        firstSubject = new Attribution(subject.get(), w.word(), "clause");
      }
    }
    return Optional.ofNullable(firstSubject);
  }

  private Optional<Attribution> sameSentence(int i, List<QuoteSpan> spans, List<Attribution> found,
      ParsedArticle article, ActorResolver actors) {
    int si = article.nlpIndexAt(spans.get(i).start());
    for (int j = 0; j < spans.size(); j++) {
      if (j != i && found.get(j) != null && article.nlpIndexAt(spans.get(j).start()) == si) {
        Attribution a = found.get(j);
        return Optional.of(new Attribution(a.actor(), a.verb(), "sentence"));
      }
    }
    if (si < 0) {
      return Optional.empty();
    }
    CoreMap sentence = article.nlpSentences().get(si);
    List<CoreLabel> tokens = ParsedArticle.tokens(sentence);
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel tok = tokens.get(t);
      if (SpeechVerbs.isSpeechVerb(tok)
          && (tok.endPosition() <= spans.get(i).open() || tok.beginPosition() >= spans.get(i).close())) {
        Optional<Attribution> a = speakerOf(sentence, tokens, t, 0, actors, "sentence");
        if (a.isPresent() && a.get().actor().named()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> continuation(int i, List<QuoteSpan> spans,
      List<Attribution> found, ParsedArticle article) {
    QuoteSpan span = spans.get(i);
    if (!span.direct()) {
      return Optional.empty();
    }
    String text = article.text();
    int paragraphStart = text.lastIndexOf('\n', span.open()) + 1;
    boolean opensParagraph = text.substring(paragraphStart, span.open()).isBlank();
    for (int j = i - 1; j >= 0; j--) {
      QuoteSpan prev = spans.get(j);
      boolean sameParagraph = prev.open() >= paragraphStart;
      boolean previousParagraph = !sameParagraph && opensParagraph
          && text.lastIndexOf('\n', paragraphStart - 2) < prev.open();
      if (!sameParagraph && !previousParagraph) {
        return Optional.empty();
      }
      if (found.get(j) != null && found.get(j).actor().named()) {
        return Optional.of(new Attribution(found.get(j).actor(), found.get(j).verb(), "continuation"));
      }
    }
    return Optional.empty();
  }

  /** The subject of the speech verb at {@code verbIndex}: from the parse, or the nearest entity. */
  private Optional<Attribution> speakerOf(CoreMap sentence, List<CoreLabel> tokens, int verbIndex,
      int windowStart, ActorResolver actors, String rule) {
    CoreLabel verb = tokens.get(verbIndex);
    Optional<SemanticGraph> graph = ParsedArticle.dependencies(sentence);
    if (graph.isPresent()) {
      IndexedWord v = graph.get().getNodeByIndexSafe(verb.index());
      if (v != null) {
        Optional<Actor> subject = actors.subject(graph.get(), v);
        if (subject.isPresent()) {
          return Optional.of(new Attribution(subject.get(), verb.word(), rule));
        }
      }
    }
    // No parse: the entity nearest the verb, before it ("Putin said") or right after ("said Putin").
    for (int i = verbIndex - 1; i >= windowStart && i >= verbIndex - 5; i--) {
      Optional<Entity> e = actors.index().at(tokens.get(i).beginPosition(), tokens.get(i).endPosition());
      if (e.isPresent()) {
        return Optional.of(new Attribution(Actor.of(List.of(e.get())), verb.word(), rule));
      }
    }
    for (int i = verbIndex + 1; i < Math.min(tokens.size(), verbIndex + 4); i++) {
      Optional<Entity> e = actors.index().at(tokens.get(i).beginPosition(), tokens.get(i).endPosition());
      if (e.isPresent()) {
        return Optional.of(new Attribution(Actor.of(List.of(e.get())), verb.word(), rule));
      }
    }
    return Optional.empty();
  }

  /** The word of the quote whose head lies outside it: where the quote hangs in the sentence. */
  private static IndexedWord quoteHead(SemanticGraph g, List<CoreLabel> tokens, QuoteSpan span) {
    for (CoreLabel t : tokens) {
      if (t.beginPosition() < span.start() || t.endPosition() > span.end() || isQuoteMark(t.word())) {
        continue;
      }
      IndexedWord w = g.getNodeByIndexSafe(t.index());
      if (w == null) {
        continue;
      }
      IndexedWord parent = g.getParent(w);
      if (parent == null || parent.beginPosition() < span.start() || parent.endPosition() > span.end()) {
        return w;
      }
    }
    return null;
  }

  private static int firstTokenFrom(List<CoreLabel> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).beginPosition() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("‘") || w.equals("’") || w.equals("“") || w.equals("”") || w.equals("\"")
        || w.equals("``") || w.equals("''") || w.equals("'") || w.equals("`");
  }

  private static boolean isAuxiliary(String lemma) {
    return lemma != null && (lemma.equals("be") || lemma.equals("have") || lemma.equals("do"));
  }
}
