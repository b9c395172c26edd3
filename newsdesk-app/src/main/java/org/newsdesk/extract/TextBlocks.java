package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Cuts a page into {@link TextBlock}s, in one iterative walk of the tree (no recursion, so a
 * page nested ten thousand deep costs its size, not the stack).
 */
final class TextBlocks {

  /** Elements that start a new block; everything else (spans, links, custom tags) is inline. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
      "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "br", "img", "picture",
      "video", "iframe", "frame", "noscript", "option", "select", "button", "textarea", "title");

  /** Block elements that, inside a table cell, make the cell a block of its own. */
  private static final Evaluator BLOCK_CONTENT =
      QueryParser.parse("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, br");
  private static final Evaluator TABLE_CELLS = QueryParser.parse("td, th");

  private TextBlocks() {}

  static List<TextBlock> of(Element root) {
    // A table of data reads row by row ("1 Kyle Busch 5040 5"); a cell that holds paragraphs is
    // a layout table's column and a block of its own.
    Set<Element> inlineCells = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element cell : root.select(TABLE_CELLS)) {
      if (cell.selectFirst(BLOCK_CONTENT) == null) {
        inlineCells.add(cell);
      }
    }
    Collector collector = new Collector(root, inlineCells);
    NodeTraversor.traverse(collector, root);
    collector.flush(root);
    return collector.blocks;
  }

  static int headingLevel(Element e) {
    String n = e.normalName();
    return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6' ? n.charAt(1) - '0' : 0;
  }

  private static final class Collector implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    final List<Element> blockStack = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;
    int headingDepth;
    int headingLevel;

    final Set<Element> inlineCells;

    Collector(Element root, Set<Element> inlineCells) {
      blockStack.add(root);
      this.inlineCells = inlineCells;
    }

    boolean isBlock(Element e) {
      return BLOCK_TAGS.contains(e.normalName()) && !inlineCells.contains(e);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        text.append(s);
        if (linkDepth > 0) {
          linkChars += TextNormalizer.collapse(s).length();
        }
      } else if (node instanceof Element e && depth > 0) {
        if (isBlock(e)) {
          flush(top());
          blockStack.add(e);
        } else if (inlineCells.contains(e)) {
          text.append(' ');
        }
        if (e.normalName().equals("a")) {
          linkDepth++;
        }
        int level = headingLevel(e);
        if (level > 0) {
          if (headingDepth++ == 0) {
            headingLevel = level;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && depth > 0) {
        if (isBlock(e)) {
          flush(e);
          blockStack.remove(blockStack.size() - 1);
        }
        if (e.normalName().equals("a")) {
          linkDepth--;
        }
        if (headingLevel(e) > 0 && --headingDepth == 0) {
          headingLevel = 0;
        }
      }
    }

    private Element top() {
      return blockStack.get(blockStack.size() - 1);
    }

    void flush(Element owner) {
      if (text.length() > 0) {
        String collapsed = TextNormalizer.collapse(text.toString());
        if (!collapsed.isEmpty()) {
          int links = Math.min(collapsed.length(), linkChars);
          blocks.add(new TextBlock(owner, collapsed, links, headingDepth > 0 ? headingLevel : headingLevel(owner)));
        }
      }
      text.setLength(0);
      linkChars = 0;
    }
  }
}
