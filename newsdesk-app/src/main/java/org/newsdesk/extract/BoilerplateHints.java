package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    return of(e, new PageNames());
  }

  /** The hints of all elements of one page, in the index's order. */
  static Hint[] ofAll(ElementIndex index) {
    PageNames names = new PageNames();
    Hint[] hints = new Hint[index.size()];
    for (int i = 0; i < hints.length; i++) {
      hints[i] = of(index.element(i), names);
    }
    return hints;
  }

  /** What a name says, as bits: a name can say both "not the article" and "the article". */
  private static final int COMMENTS = 1;
  private static final int NEGATIVE_NAME = 2;
  private static final int POSITIVE_NAME = 4;

  private static Hint of(Element e, PageNames names) {
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
    int flags = names.classListFlags(e.className()) | names.nameFlags(e.id());
    if ((flags & COMMENTS) != 0) {
      return Hint.STRONG_NEGATIVE;
    }
    boolean positive = tag.equals("article") || tag.equals("main") || (flags & POSITIVE_NAME) != 0;
    if ((flags & NEGATIVE_NAME) != 0) {
      return positive ? Hint.MIXED : Hint.NEGATIVE;
    }
    return positive ? Hint.POSITIVE : Hint.NONE;
  }

  /**
   * What the names of one page say, each read once: a page repeats its class names and class
   * lists (every teaser, list item and menu entry), and reading a name is most of the cost of
   * finding the hints. One per page; not thread-safe.
   */
  private static final class PageNames {
    private final Map<String, Integer> byClassList = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();

    int classListFlags(String classes) {
      Integer flags = byClassList.get(classes);
      if (flags == null) {
        flags = 0;
        for (String name : classNames(classes)) {
          flags |= nameFlags(name);
        }
        byClassList.put(classes, flags);
      }
      return flags;
    }

    int nameFlags(String name) {
      if (name.isEmpty()) {
        return 0;
      }
      Integer flags = byName.get(name);
      if (flags == null) {
        flags = BoilerplateHints.nameFlags(name);
        byName.put(name, flags);
      }
      return flags;
    }
  }

  /** What one class name or id says; nothing when it is a descriptor or a flag ({@link #addName}). */
  private static int nameFlags(String name) {
    List<List<String>> words = new ArrayList<>(1);
    addName(name, words);
    if (words.isEmpty()) {
      return 0;
    }
    List<String> nameWords = words.get(0);
    String compact = nameWords.size() == 1 ? nameWords.get(0) : String.join("", nameWords);
    int flags = 0;
    if (containsAny(compact, COMMENT_STEMS)) {
      flags |= COMMENTS;
    }
    if (containsAny(compact, NEGATIVE_STEMS) || containsAnyWord(nameWords, NEGATIVE_WORDS)) {
      flags |= NEGATIVE_NAME;
    }
    if (containsAny(compact, POSITIVE_STEMS) || containsAnyWord(nameWords, POSITIVE_WORDS)) {
      flags |= POSITIVE_NAME;
    }
    return flags;
  }

  private static boolean containsAnyWord(List<String> words, Set<String> set) {
    for (String w : words) {
      if (set.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element's names, each as its words: every class and the id, camelCase and snake_case
   * split, lower case; descriptors and flags left out.
   */
  static List<List<String>> names(Element e) {
    List<List<String>> names = new ArrayList<>();
    addName(e.id(), names);
    for (String name : classNames(e.className())) {
      addName(name, names);
    }
    return names;
  }

  /** The class names of a class attribute, split at whitespace. */
  private static List<String> classNames(String classes) {
    List<String> names = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= classes.length(); i++) {
      boolean space = i == classes.length() || Character.isWhitespace(classes.charAt(i));
      if (space && start >= 0) {
        names.add(classes.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return names;
  }

  private static void addName(String name, List<List<String>> names) {
    List<String> words = words(name);
    if (words.isEmpty() || words.size() > 1
        && (DESCRIPTOR_PREFIXES.contains(words.get(0)) || containsAnyWord(words, FLAG_WORDS))) {
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
