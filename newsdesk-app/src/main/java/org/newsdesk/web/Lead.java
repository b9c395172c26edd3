package org.newsdesk.web;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** A story's lead line on the home page: the first sentence of its first article, kept short. */
public final class Lead {

  static final int MAX = 160;
  private static final Pattern NOT_AN_END = Pattern.compile(
      "(?:\\b\\p{Lu}|\\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Gov|Sen|Rep|Rev|No|vs))\\.\\s*$");

  private Lead() {}

  /** The first sentence of {@code opening}'s first paragraph, cut at a word if over MAX. */
  public static String of(String opening) {
    String paragraph = opening.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
        .findFirst().orElse("");
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(paragraph);
    int end = sentences.next();
    // The iterator ends a sentence at "Emily W." or "Dr." before a capital; names go on.
    while (end != BreakIterator.DONE && end < paragraph.length()
        && NOT_AN_END.matcher(paragraph.substring(0, end)).find()) {
      end = sentences.next();
    }
    String sentence = (end == BreakIterator.DONE ? paragraph : paragraph.substring(0, end)).strip();
    if (sentence.length() <= MAX) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX - 1);
    // A single word longer than the line (a URL) is cut where it must be.
    String head = sentence.substring(0, cut > MAX / 2 ? cut : MAX - 1);
    return head.replaceAll("[\\s\\p{P}&&[^)\\]\"”’]]+$", "") + "…";
  }
}
