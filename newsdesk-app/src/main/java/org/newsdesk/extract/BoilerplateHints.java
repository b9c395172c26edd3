package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's markup says about its role: the words of its class and id, its ARIA role,
 * its microdata property and its tag. Templates name their parts for their own styling and
 * scripts ("comments", "related-posts", "share-bar", "article-body"), and these names carry over
 * from site to site because the same CMSs and the same habits make them.
 *
 * <p>A hint is only a hint: {@link ContentExtractor} weighs it against how much of the page's
 * prose the element holds.
 */
final class BoilerplateHints {

  enum Hint {
    /** Readers' comments: never part of the article, however much prose they hold. */
    STRONG_NEGATIVE,
    /** Names a part of the page other than the article, and nothing else. */
    NEGATIVE,
    /**
     * Names both: "article-footer" or "post-related" (a part of the article's frame), or
     * "content-with-sidebar" (a wrapper around the article).
     */
    MIXED,
    NONE,
    /** Names the article: "article-body", "entry-content", {@code itemprop=articleBody}. */
    POSITIVE
  }

  /** Readers' comments, wherever the stem appears in a name ("commentlist", "disqus_thread"). */
  private static final List<String> COMMENT_STEMS = List.of("comment", "disqus");

  /**
   * Stems that name a part of the page other than the article wherever they appear in a name
   * ("relatedPosts", "sharebar"); hyphens are ignored ("most-read" is "mostread").
   */
  private static final List<String> NEGATIVE_STEMS = List.of(
      // around the article
      "sidebar", "widget", "footer", "masthead", "breadcrumb", "pagination", "toolbar", "skiplink",
      "jumplink",
      // other stories
      "related", "recommend", "trending", "popular", "mostread", "morestories", "readnext", "upnext",
      "youmay", "furtherreading", "outbrain", "taboola", "zergnet",
      // sharing, subscribing, advertising
      "share", "sharing", "social", "newsletter", "subscri", "signup", "advert", "sponsor", "promo",
      // the article's own furniture
      "byline", "caption", "authorbio", "authorinfo", "abouttheauthor",
      // things that pop up over the page
      "cookie", "consent", "gdpr", "modal", "popup", "overlay");

  /** Short words that count only as whole words of a name: "ad", not "head" or "shadow". */
  private static final Set<String> NEGATIVE_WORDS = Set.of(
      "ad", "ads", "adslot", "dfp", "banner", "cta",
      "nav", "navbar", "navigation", "menu", "rail", "header", "aside", "tools", "print", "email",
      "login", "follow", "alert", "notice", "hidden", "hide",
      "tag", "tags", "keywords", "topics", "meta", "author", "bio", "credit", "credits", "dateline",
      "timestamp", "hed", "dek", "kicker", "eyebrow", "subscribe", "disclaimer", "copyright", "legal",
      "embed", "video", "gallery", "slideshow", "carousel", "photo", "image", "img", "figure", "media",
      "thumb", "thumbnail");

  private static final List<String> POSITIVE_STEMS =
      List.of("article", "story", "content", "entry", "prose", "blog", "hentry");
  private static final Set<String> POSITIVE_WORDS = Set.of("post", "body", "main");

  /**
   * Leading words of class names that describe the article rather than name a part of the page:
   * taxonomy labels ({@code tag-media}, {@code category-video}, {@code format-standard}) that
   * CMSs put on the article's own element.
   */
  private static final Set<String> DESCRIPTOR_PREFIXES = Set.of(
      "tag", "category", "categories", "cat", "format", "type", "status", "postid", "term", "with", "without");
  /** State flags anywhere in a class name: {@code has-post-thumbnail}, {@code card-has-image}, {@code is-sticky}. */
  private static final Set<String> FLAG_WORDS = Set.of("has", "is", "no", "not");

  /** Tags that say something without a class. */
  private static final Set<String> HINTING_TAGS = Set.of("nav", "aside", "footer", "figcaption", "article", "main");

  private BoilerplateHints() {}

  static Hint of(Element e) {
    String tag = e.normalName();
    if (e.attributesSize() == 0 && !HINTING_TAGS.contains(tag)) {
      return Hint.NONE;
    }
    if (tag.equals("html") || tag.equals("body")) {
      // Their classes describe the page and its layout ("has-sidebar", "single-post"), not a part of it.
      return Hint.NONE;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
    if (itemprop.equals("articlebody") || itemprop.equals("text") || role.equals("main") || role.equals("article")) {
      return Hint.POSITIVE;
    }
    if (itemprop.equals("comment") || itemprop.equals("comments")) {
      return Hint.STRONG_NEGATIVE;
    }
    if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("figcaption")
        || role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("alert") || role.equals("menu")
        || itemprop.equals("author")) {
      return Hint.NEGATIVE;
    }
    boolean positive = tag.equals("article") || tag.equals("main");
    boolean negative = false;
    for (List<String> name : names(e)) {
      String compact = String.join("", name);
      if (containsAny(compact, COMMENT_STEMS)) {
        return Hint.STRONG_NEGATIVE;
      }
      negative |= containsAny(compact, NEGATIVE_STEMS) || name.stream().anyMatch(NEGATIVE_WORDS::contains);
      positive |= containsAny(compact, POSITIVE_STEMS) || name.stream().anyMatch(POSITIVE_WORDS::contains);
    }
    if (negative) {
      return positive ? Hint.MIXED : Hint.NEGATIVE;
    }
    return positive ? Hint.POSITIVE : Hint.NONE;
  }

  /**
   * The element's names, each as its words: every class and the id, camelCase and snake_case
   * split, lower case; descriptors and flags left out.
   */
  static List<List<String>> names(Element e) {
    List<List<String>> names = new ArrayList<>();
    addName(e.id(), names);
    String classes = e.className();
    int start = -1;
    for (int i = 0; i <= classes.length(); i++) {
      boolean space = i == classes.length() || Character.isWhitespace(classes.charAt(i));
      if (space && start >= 0) {
        addName(classes.substring(start, i), names);
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return names;
  }

  private static void addName(String name, List<List<String>> names) {
    List<String> words = words(name);
    if (words.isEmpty() || DESCRIPTOR_PREFIXES.contains(words.get(0)) && words.size() > 1
        || words.stream().anyMatch(FLAG_WORDS::contains) && words.size() > 1) {
      return;
    }
    names.add(words);
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean camelBreak = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || camelBreak) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean containsAny(String s, List<String> stems) {
    for (String stem : stems) {
      if (s.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is inside a comment thread or a list of other stories. */
  static boolean insideOtherContent(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.normalName().equals("aside")) {
        return true;
      }
      for (List<String> name : names(a)) {
        String compact = String.join("", name);
        if (containsAny(compact, OTHER_CONTENT_STEMS)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final List<String> OTHER_CONTENT_STEMS =
      List.of("comment", "related", "recommend", "trending", "popular", "sidebar", "mostread");
}
