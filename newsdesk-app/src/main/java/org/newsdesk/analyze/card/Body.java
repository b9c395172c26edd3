package org.newsdesk.analyze.card;

import java.util.List;

/**
 * The article's text as analyzed: paragraphs and headings joined by newlines. Every offset in the
 * card points into {@link #text}. Boilerplate (newsletter prompts, share lines, "read more") is
 * left out of the text and listed in {@link #removed} so a reader can see what was dropped.
 */
public record Body(String text, List<Block> blocks, List<String> headings, List<String> removed) {

  public enum Kind { PARAGRAPH, HEADING }

  public record Block(Kind kind, String text, int start, int end) {}
}
