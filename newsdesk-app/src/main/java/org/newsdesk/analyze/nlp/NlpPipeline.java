package org.newsdesk.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, loaded once per process and shared by all threads (its annotators are
 * thread-safe once built).
 *
 * <p>The cheap chain (tokenize, ssplit, pos, lemma, ner with SUTime) runs on every sentence. The
 * neural dependency parser is the expensive part, so {@link #parse} runs it only on the sentences
 * a caller selects: those that carry a quote, a speech verb or an event trigger. Coreference is
 * not run at all; our own layers resolve the few references news needs ("the two leaders").
 *
 * <p>Settings that matter, measured on news text: {@code splitHyphenated=false} keeps names such
 * as "Jong-Un" in one token; {@code newlineIsSentenceBreak=always} keeps a heading out of the
 * next sentence; the fine-grained NER pass is off (it costs more than half of NER's time) because
 * the gazetteer types locations better.
 */
public final class NlpPipeline {

  private final StanfordCoreNLP cheap;
  private final AnnotationPipeline parser;

  public NlpPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("threads", "1");
    cheap = new StanfordCoreNLP(props);

    Properties parseProps = new Properties();
    parser = new AnnotationPipeline();
    parser.addAnnotator(new DependencyParseAnnotator(parseProps));
  }

  /** Tokens, sentences, POS, lemmas, named entities and dates of {@code text}. */
  public Annotation annotate(String text, LocalDate published) {
    Annotation doc = new Annotation(text);
    if (published != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    cheap.annotate(doc);
    return doc;
  }

  /** Adds dependency parses to the given sentences of an annotated document, and to no others. */
  public void parse(List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    parser.annotate(subset);
  }
}
