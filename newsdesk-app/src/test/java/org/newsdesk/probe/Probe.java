package org.newsdesk.probe;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.*;
import java.time.LocalDate;
import org.newsdesk.analyze.nlp.NlpPipeline;

public class Probe {
  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    NlpPipeline p = new NlpPipeline();
    long t1 = System.nanoTime();
    String text = Files.readString(Path.of(a[0]));
    Annotation doc = null;
    for (int i = 0; i < 3; i++) { long s = System.nanoTime(); doc = p.annotate(text, LocalDate.of(2023,9,13)); System.out.println("annotate ms " + (System.nanoTime()-s)/1e6); }
    long s = System.nanoTime();
    p.parse(doc.get(CoreAnnotations.SentencesAnnotation.class));
    System.out.println("load ms " + (t1-t0)/1e6 + " parse ms " + (System.nanoTime()-s)/1e6);
    for (CoreMap sent : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      StringBuilder sb = new StringBuilder();
      for (CoreLabel t : sent.get(CoreAnnotations.TokensAnnotation.class)) {
        sb.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner());
        if (t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) != null) sb.append('=').append(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        sb.append(' ');
      }
      System.out.println(sb);
      for (CoreMap m : sent.get(CoreAnnotations.MentionsAnnotation.class)) System.out.println("  M " + m.get(CoreAnnotations.TextAnnotation.class) + " " + m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      System.out.println(sent.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
    }
  }
}
