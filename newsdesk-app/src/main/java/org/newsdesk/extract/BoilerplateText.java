package org.newsdesk.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that are boilerplate by what they say, wherever they stand: the labels and calls to
 * action that publishers' templates drop between and after an article's paragraphs. Each rule
 * holds only for a short block (a paragraph that merely mentions Twitter is text; a line telling
 * you to follow someone on it is not), and each is a habit of the trade, not of one site.
 *
 * <p>The wording is English: on pages in other languages the rules simply find nothing.
 */
enum BoilerplateText {

  /** "Advertisement", "Story continues below advertisement", "Sponsored content". */
  AD_LABEL(40, List.of("ad", "sponsored", "paid content", "promoted", "continue"),
      "^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|promoted"
      + "|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?(?: the main story)?"
      + "|scroll to continue(?: with content)?)\\W*$"),

  /** "Image 1 of 5", "Photo 3/12": a gallery's counter. */
  GALLERY_COUNTER(30, List.of("image", "photo", "picture", "slide"),
      "^(?:image|photo|picture|slide)s?\\s+\\d+\\s*(?:of|/)\\s*\\d+$"),

  /**
   * "Read more: …", "Related: …", "See also", "Leggi anche": a link to another story, in the
   * languages of the news pages we see most.
   */
  READ_MORE(200, List.of("read", "related", "see also", "more", "recommended", "watch", "listen",
      "leggi anche", "lesen sie auch", "lire aussi", "leia", "lea también", "lee también",
      "читайте также"),
      "^(?:read more|read also|also read|related(?: stories| articles)?|see also|more|recommended|watch|listen"
      + "|leggi anche|lesen sie auch|lire aussi|à lire aussi|leia também|leia mais|lea también|lee también"
      + "|читайте также)(?:\\s*[:|–—-]|\\W*$)"),

  /** "Follow us on Twitter", "Follow her @name", "Like us on Facebook". */
  FOLLOW(300, List.of("follow", "like us on"),
      "\\bfollow (?:us|him|her|them|me|the\\s+\\S+(?:\\s+\\S+)?\\s+(?:section|desk|team))\\b"
      + "|\\blike us on\\b|\\bfollow\\s+@\\w"),

  /** "Sign up for our newsletter", "Get the latest updates right in your inbox. Subscribe…". */
  SUBSCRIBE(300, List.of("sign up", "subscribe", "register", "newsletter"),
      "\\b(?:sign up|subscribe|register)\\b.{0,80}\\b(?:newsletters?|updates|inbox|alerts|here|today|now)\\b"
      + "|\\bnewsletters?\\b.{0,60}\\b(?:sign up|subscribe)\\b"),

  /** "Email Tariq Malik at tmalik@…", "Have a tip? …", "Join our forums". */
  CONTACT(300, List.of("mail", "contact", "reach", "have a", "join"),
      "\\b(?:e-?mail|contact|reach(?:ed)?)\\b.{0,60}\\S+@\\S+\\.\\w+|\\bhave a (?:news )?tip\\b"
      + "|\\bjoin (?:our|the) .{0,30}\\b(?:forums?|community|conversation|discussion)\\b"),

  /** "Click here for…", "Download our app". */
  CLICK(200, List.of("click here", "download"),
      "\\bclick here\\b|\\bdownload (?:our|the) .{0,30}\\bapp\\b");

  private static final BoilerplateText[] RULES = values();
  private static final int MAX_CHARS = Arrays.stream(RULES).mapToInt(r -> r.maxChars).max().orElse(0);

  private final int maxChars;
  /**
   * Words, in lower case, one of which is in every text the rule matches. Most blocks have none
   * of them, and looking for words is far cheaper than running the expressions, which start
   * with {@code \b} or {@code ^} and are tried at every position of the text.
   */
  private final List<String> cues;
  private final Pattern pattern;

  BoilerplateText(int maxChars, List<String> cues, String regex) {
    this.maxChars = maxChars;
    this.cues = cues;
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The first rule {@code text} breaks, if any. */
  static Optional<BoilerplateText> match(String text) {
    if (text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String folded = foldCase(text);
    for (BoilerplateText rule : RULES) {
      if (text.length() <= rule.maxChars && rule.hasCue(folded) && rule.pattern.matcher(text).find()) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  private boolean hasCue(String folded) {
    for (String cue : cues) {
      if (folded.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text in the case the expressions compare in: with {@code CASE_INSENSITIVE} and {@code
   * UNICODE_CASE} a character matches a letter when its upper case's lower case is that letter
   * (so the long s, U+017F, is an "s" and the Kelvin sign a "k"); a cue found in the folded text
   * is exactly a cue the expression would match.
   */
  private static String foldCase(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
    }
    return new String(chars);
  }
}
