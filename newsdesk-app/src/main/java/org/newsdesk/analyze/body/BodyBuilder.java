package org.newsdesk.analyze.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.analyze.card.Body;
import org.newsdesk.analyze.card.Body.Block;
import org.newsdesk.analyze.card.Body.Kind;

/**
 * Turns an article's raw content into its {@link Body}: paragraphs and headings, boilerplate
 * removed. Plain text is one paragraph a line; HTML is read by jsoup, block by block (the full
 * extractor with its content heuristics belongs to the extract stage).
 */
public final class BodyBuilder {

  /** A heading is short and does not end like a sentence. */
  private static final int HEADING_MAX_WORDS = 14;

  public Body fromText(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      String t = normaliseSpace(line);
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    List<Kind> kinds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      kinds.add(looksLikeHeading(lines, i) ? Kind.HEADING : Kind.PARAGRAPH);
    }
    return assemble(lines, kinds);
  }

  public Body fromHtml(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, footer, aside, form, header, figure figcaption,"
        + " [aria-hidden=true], .share, .social, .newsletter").remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.body();
    }
    List<String> lines = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    for (Element el : root.select("p, h2, h3, h4, h5, h6, li, blockquote")) {
      if (el.tagName().equals("li") && el.selectFirst("p") != null) {
        continue;
      }
      if (el.tagName().equals("blockquote") && el.selectFirst("p") != null) {
        continue;
      }
      String t = normaliseSpace(el.text());
      if (t.isEmpty()) {
        continue;
      }
      lines.add(t);
      kinds.add(el.tagName().startsWith("h") ? Kind.HEADING : Kind.PARAGRAPH);
    }
    if (lines.isEmpty()) {
      return fromText(root.wholeText());
    }
    return assemble(lines, kinds);
  }

  private Body assemble(List<String> lines, List<Kind> kinds) {
    List<String> removed = new ArrayList<>();
    int footer = Boilerplate.footerStart(lines);
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i >= footer || Boilerplate.hasCue(line)) {
        removed.add(line);
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      int start = text.length();
      text.append(line);
      blocks.add(new Block(kinds.get(i), line, start, text.length()));
      if (kinds.get(i) == Kind.HEADING) {
        headings.add(line);
      }
    }
    // A heading with nothing after it is not a heading of the article.
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Kind.HEADING) {
      Block last = blocks.remove(blocks.size() - 1);
      headings.remove(last.text());
      removed.add(last.text());
      text.setLength(Math.max(0, last.start() - 1));
    }
    return new Body(text.toString(), List.copyOf(blocks), List.copyOf(headings), List.copyOf(removed));
  }

  private static boolean looksLikeHeading(List<String> lines, int i) {
    String line = lines.get(i);
    if (i == lines.size() - 1 || Boilerplate.words(line) > HEADING_MAX_WORDS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (".!?:;,’”\"'…)".indexOf(last) >= 0) {
      return false;
    }
    return Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0));
  }

  private static String normaliseSpace(String s) {
    return s.replace('\u00A0', ' ').replaceAll("[\\t\\x0B\\f ]+", " ").strip();
  }
}
