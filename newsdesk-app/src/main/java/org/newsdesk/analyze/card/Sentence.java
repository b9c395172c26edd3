package org.newsdesk.analyze.card;

/** A sentence of the body; headings are blocks, not sentences. */
public record Sentence(int index, int start, int end, String text) {

  public SentenceRef ref() {
    return new SentenceRef(index, start, end);
  }
}
