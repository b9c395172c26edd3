package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
        } else if (node instanceof Element e && depth > 0 && invisible(e)) {
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

  private static boolean invisible(Element e) {
    if (INVISIBLE.contains(e.normalName())) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String classes = e.className();
    if (!classes.isEmpty() && classes.length() <= MAX_CLASS_CHARS) {
      for (String name : WHITESPACE.split(classes)) {
        String n = name.toLowerCase(Locale.ROOT);
        if (HIDDEN_CLASSES.contains(n) || HOVER_STEMS.stream().anyMatch(n::contains)) {
          return true;
        }
      }
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }
}
