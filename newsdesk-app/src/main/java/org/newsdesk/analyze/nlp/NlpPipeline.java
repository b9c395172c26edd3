package org.newsdesk.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, loaded once per process and shared by all threads (its annotators are
 * thread-safe once built).
 *
 * <p>Three passes, cheapest first, the costly two only where they are needed. Measured on the
 * 167 English bodies of the Zyte set, per article on one core: tokenize, ssplit, pos, lemma and
 * one NER model, 77 ms (about 40 ms more for the second model below); SUTime, 195 ms if run on every sentence (so {@link #times}
 * runs it only on sentences with a temporal word); the neural dependency parser, 200 ms for all
 * sentences (so {@link #parse} runs on the sentences a caller selects). Coreference is not run;
 * our own layers resolve the references news needs ("the two leaders").
 *
 * <p>Settings that matter: {@code splitHyphenated=false} keeps names such as "Jong-Un" in one
 * token; {@code newlineIsSentenceBreak=always} keeps a heading out of the next sentence; the
 * fine-grained NER pass and the 7-class model are off, because the gazetteer types locations and
 * finds demonyms better, and SUTime finds dates.
 */
public final class NlpPipeline {

  private final StanfordCoreNLP cheap;
  private final AnnotationPipeline parser;
  private final AnnotationPipeline timer;

  public NlpPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Two CRF models: the 3-class one finds people, organizations and locations best; the CoNLL
    // 4-class one adds MISC names and recovers organizations the first misses (event F1 on the
    // PLOVER gold: 0.459 with the first alone, 0.486 with both). The 7-class model adds nothing
    // SUTime does not.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
        + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    cheap = new StanfordCoreNLP(props);

    parser = new AnnotationPipeline();
    parser.addAnnotator(new DependencyParseAnnotator(new Properties()));

    Properties timeProps = new Properties();
    timeProps.setProperty("sutime.includeRange", "true");
    timeProps.setProperty("sutime.markTimeRanges", "true");
    timer = new AnnotationPipeline();
    timer.addAnnotator(new TimeAnnotator("sutime", timeProps));
  }

  /** Tokens, sentences, POS, lemmas and named entities of {@code text}. */
  public Annotation annotate(String text) {
    Annotation doc = new Annotation(text);
    cheap.annotate(doc);
    return doc;
  }

  /** Adds dependency parses to the given sentences of an annotated document, and to no others. */
  public void parse(List<CoreMap> sentences) {
    if (!sentences.isEmpty()) {
      parser.annotate(subset(sentences));
    }
  }

  /**
   * SUTime's time expressions in the given sentences, normalised against the publication date
   * (each a CoreMap with text, character offsets and a {@code TimexAnnotation}).
   */
  public List<CoreMap> times(List<CoreMap> sentences, LocalDate published) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    Annotation subset = subset(sentences);
    if (published != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    timer.annotate(subset);
    List<CoreMap> times = subset.get(TimeAnnotations.TimexAnnotations.class);
    return times == null ? List.of() : times;
  }

  private static Annotation subset(List<CoreMap> sentences) {
    Annotation subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    return subset;
  }
}
