package org.newsdesk.digest.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A story's summary in a digest: the first two sentences of an article's body, cleaned of the
 * dateline ("LONDON (Reuters) - ") and stray spacing, and capped in length so one long sentence
 * cannot swell an email.
 */
public final class LeadSentences {

  static final int MAX_CHARS = 420;

  // A sentence ends at . ! or ? (optionally closed by a quote or bracket) before a capital letter
  // or opening quote; "U.S. officials" survives because "S." is followed by a space and lower
  // case more often than not, and an initial like "J. Smith" is rare in leads.
  private static final Pattern END = Pattern.compile(
      "(?<=[.!?][\"'”’)]?)\\s+(?=[\"“‘(]?[A-Z0-9])");
  private static final Pattern DATELINE = Pattern.compile(
      "^[A-Z][A-Z .,'-]{1,40}(\\([^)]{1,30}\\))?\\s*[-–—:]+\\s+");

  private LeadSentences() {}

  public static String of(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String text = body.length() > 4000 ? body.substring(0, 4000) : body;
    text = text.replaceAll("\\s+", " ").strip();
    text = DATELINE.matcher(text).replaceFirst("");
    List<String> sentences = new ArrayList<>();
    for (String s : END.split(text)) {
      String t = s.strip();
      // Short fragments are headings or photo credits, not sentences.
      if (t.length() >= 25) {
        sentences.add(t);
      }
      if (sentences.size() == 2) {
        break;
      }
    }
    String summary = String.join(" ", sentences);
    if (summary.length() > MAX_CHARS) {
      int cut = summary.lastIndexOf(' ', MAX_CHARS - 1);
      summary = summary.substring(0, cut > 0 ? cut : MAX_CHARS - 1) + "…";
    }
    return summary;
  }
}
