package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what a reader never sees as text: scripts, styles, forms' controls, embedded
 * players, SVG, HTML comments, and elements hidden with {@code hidden}, {@code aria-hidden} or an
 * inline {@code display:none}. Runs after the metadata readers, which need the scripts and meta
 * tags.
 */
final class PageCleaner {

  private static final Set<String> INVISIBLE = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "object", "embed",
      "video", "audio", "map", "button", "input", "select", "textarea", "option", "datalist", "meta", "link",
      "head", "dialog", "title");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  /**
   * Class names that CSS frameworks and CMSs use for text no one sees: screen-reader-only text
   * and hidden elements ({@code hidden-xs} and the like hide on some screens only, and stay).
   */
  private static final Set<String> HIDDEN_CLASSES = Set.of(
      "hidden", "hide", "d-none", "is-hidden", "invisible", "sr-only", "visually-hidden", "visuallyhidden",
      "screen-reader-text", "screen-reader-only", "element-invisible", "offscreen");

  /** Stems of class names for hover cards, shown only while the pointer rests on a link. */
  private static final List<String> HOVER_STEMS = List.of("tooltip", "popover", "rollover", "hovercard");

  /** Longer class attributes are not read (a hostile page could make matching slow). */
  private static final int MAX_CLASS_CHARS = 1000;

  private PageCleaner() {}

  static void clean(Element root) {
    List<Node> doomed = new ArrayList<>();
    // A page repeats its class lists (every teaser, list item and menu entry): each is read once.
    Map<String, Boolean> hiddenClassLists = new HashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
        } else if (node instanceof Element e && depth > 0 && invisible(e, hiddenClassLists)) {
          doomed.add(e);
        }
      }
    }, root);
    for (Node n : doomed) {
      if (n.parent() != null) {
        n.remove();
      }
    }
  }

  private static boolean invisible(Element e, Map<String, Boolean> hiddenClassLists) {
    if (INVISIBLE.contains(e.normalName())) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String classes = e.className();
    if (!classes.isEmpty() && classes.length() <= MAX_CLASS_CHARS
        && hiddenClassLists.computeIfAbsent(classes, PageCleaner::hidesByClass)) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  /** Whether a class name in the list hides the element or makes it a hover card. */
  private static boolean hidesByClass(String classes) {
    int start = -1;
    for (int i = 0; i <= classes.length(); i++) {
      boolean space = i == classes.length() || isRegexSpace(classes.charAt(i));
      if (space && start >= 0) {
        String name = classes.substring(start, i).toLowerCase(Locale.ROOT);
        if (HIDDEN_CLASSES.contains(name) || containsAny(name, HOVER_STEMS)) {
          return true;
        }
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return false;
  }

  /** The characters of a regular expression's {@code \s} (a class list was once split with it). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean containsAny(String s, List<String> stems) {
    for (String stem : stems) {
      if (s.contains(stem)) {
        return true;
      }
    }
    return false;
  }
}
