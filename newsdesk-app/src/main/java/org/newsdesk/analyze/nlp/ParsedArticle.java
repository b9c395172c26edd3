package org.newsdesk.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.analyze.card.Body;
import org.newsdesk.analyze.card.Sentence;
import org.newsdesk.analyze.card.SentenceRef;

/**
 * The body text with CoreNLP's annotations, and the card's numbering of its sentences: sentences
 * of headings are CoreNLP sentences but not card sentences, so they carry no index.
 */
public final class ParsedArticle {

  private final String text;
  private final Annotation doc;
  private final List<CoreMap> nlpSentences;
  private final List<Sentence> sentences = new ArrayList<>();
  private final int[] cardIndex;

  public ParsedArticle(String text, Annotation doc, Body body) {
    this.text = text;
    this.doc = doc;
    this.nlpSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    this.cardIndex = new int[nlpSentences.size()];
    for (int i = 0; i < nlpSentences.size(); i++) {
      CoreMap s = nlpSentences.get(i);
      int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (inHeading(body, start)) {
        cardIndex[i] = -1;
        continue;
      }
      cardIndex[i] = sentences.size();
      sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
    }
  }

  private static boolean inHeading(Body body, int offset) {
    for (Body.Block b : body.blocks()) {
      if (offset >= b.start() && offset < b.end()) {
        return b.kind() == Body.Kind.HEADING;
      }
    }
    return false;
  }

  public String text() {
    return text;
  }

  public Annotation annotation() {
    return doc;
  }

  public List<CoreMap> nlpSentences() {
    return nlpSentences;
  }

  /** The card's sentences, headings left out. */
  public List<Sentence> sentences() {
    return sentences;
  }

  public static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  public static int begin(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  public static int end(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  /** The dependency parse of a sentence, if it was selected for parsing. */
  public static Optional<SemanticGraph> dependencies(CoreMap sentence) {
    return Optional.ofNullable(
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
  }

  /** A sentence of the card that was selected for parsing: its dependencies and provenance. */
  public record Parsed(SemanticGraph graph, SentenceRef ref) {}

  /** The parsed sentences of the card, in order; headings and unparsed sentences left out. */
  public List<Parsed> parsedSentences() {
    List<Parsed> out = new ArrayList<>();
    for (int i = 0; i < nlpSentences.size(); i++) {
      Optional<SemanticGraph> g = dependencies(nlpSentences.get(i));
      Optional<SentenceRef> ref = ref(i);
      if (g.isPresent() && ref.isPresent()) {
        out.add(new Parsed(g.get(), ref.get()));
      }
    }
    return out;
  }

  public boolean isHeading(int nlpIndex) {
    return cardIndex[nlpIndex] < 0;
  }

  /** The card sentence an offset falls in, or empty inside a heading. */
  public Optional<SentenceRef> refAt(int offset) {
    int i = nlpIndexAt(offset);
    return i < 0 || cardIndex[i] < 0 ? Optional.empty() : Optional.of(sentences.get(cardIndex[i]).ref());
  }

  public Optional<SentenceRef> ref(int nlpIndex) {
    return cardIndex[nlpIndex] < 0 ? Optional.empty() : Optional.of(sentences.get(cardIndex[nlpIndex]).ref());
  }

  /** Index into {@link #nlpSentences()} of the sentence holding an offset, or -1. */
  public int nlpIndexAt(int offset) {
    int lo = 0;
    int hi = nlpSentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CoreMap s = nlpSentences.get(mid);
      if (offset < begin(s)) {
        hi = mid - 1;
      } else if (offset >= end(s)) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    // Between sentences (a space): the sentence that follows.
    return lo < nlpSentences.size() ? lo : -1;
  }

  /** Card index of the sentence holding an offset, -1 in a heading. */
  public int sentenceIndexAt(int offset) {
    int i = nlpIndexAt(offset);
    return i < 0 ? -1 : cardIndex[i];
  }
}
