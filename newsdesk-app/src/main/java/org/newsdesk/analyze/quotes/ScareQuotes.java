package org.newsdesk.analyze.quotes;

import java.util.List;
import java.util.Locale;
import org.newsdesk.analyze.card.Quote;

/**
 * Writers quote a word or two of their own to mark a term ("a ‘biosignature gas’"), a nickname
 * or a word used loosely ("the ‘broth’"). Such marks are not speech. On 302 Wikinews articles
 * nearly all partial quotes of one to three words that no one was found to say are terms, while
 * longer unattributed ones are more often speech whose attribution was missed. A short partial
 * quote with a speaker (a few words of Kim's, "sacred fight") is speech and stays, and so is one
 * in a sentence sourced "according to" someone, which the speaker rules do not read.
 */
public final class ScareQuotes {

  static final int MAX_WORDS = 3;

  private ScareQuotes() {}

  public static List<Quote> drop(List<Quote> quotes, String text) {
    return quotes.stream().filter(q -> !isScareQuote(q, text)).toList();
  }

  static boolean isScareQuote(Quote q, String text) {
    return q.kind() == Quote.QuoteKind.partial && q.speaker() == null
        && q.speakerDescription() == null && q.verb() == null
        && q.text().strip().split("\\s+").length <= MAX_WORDS
        && !sourced(q, text);
  }

  private static boolean sourced(Quote q, String text) {
    String sentence = text.substring(q.sentence().start(), q.sentence().end());
    return sentence.toLowerCase(Locale.ROOT).contains("according to");
  }
}
