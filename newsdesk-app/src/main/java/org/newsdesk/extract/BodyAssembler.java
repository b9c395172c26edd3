package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Turns the blocks inside the chosen container into the article's body. It drops, inside the
 * container:
 *
 * <ul>
 *   <li>regions named as boilerplate (share bars, related links, captions, author boxes,
 *       comments), except quotations (an embedded tweet is quoted by the article);
 *   <li>blocks that are mostly links with little text of their own;
 *   <li>lines that are boilerplate by what they say ({@link BoilerplateText});
 *   <li>everything before the headline, when the headline is inside the container, then the
 *       headline itself;
 *   <li>what pages put between the headline and the first paragraph (kicker, byline, date
 *       stamps: {@link #isLeadingMetadata}), and after the last (headings with nothing under
 *       them, one-word lines, link lists).
 * </ul>
 *
 * Headings inside the article stay.
 */
final class BodyAssembler {

  /** Date and time stamps as pages print them: "Nov. 19, 2019", "19/11/2019", "6:45 PM", "2 hours ago". */
  private static final Pattern STAMP = Pattern.compile(
      "(?i)\\b(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\b)?|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
          + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
          + "|\\d+\\s+(?:min|minutes?|hours?|days?)\\s+(?:ago|read))");
  private static final Pattern BYLINE_START =
      Pattern.compile("(?i)^(?:by|posted|updated|published|written|last updated|photo|image|credit)\\b");

  /** A block that is mostly links is kept only with this much text of its own. */
  static final int LINKED_BLOCK_MIN_OWN_CHARS = 50;

  List<ArticleBlock> assemble(Element container, ElementIndex index, List<TextBlock> blocks,
      BoilerplateRegions regions, Optional<String> title) {
    int c = index.of(container);
    List<TextBlock> kept = new ArrayList<>();
    for (TextBlock b : blocks) {
      int owner = index.of(b.owner());
      if (index.isInside(owner, c) && !isDropped(b, owner, c, index, regions)) {
        kept.add(b);
      }
    }
    int first = 0;
    for (int i = 0; i < kept.size() && title.isPresent(); i++) {
      if (kept.get(i).isHeading() && TextShape.resembles(title.get(), kept.get(i).text())) {
        first = i + 1;
        break;
      }
    }
    while (first < kept.size() && isLeadingMetadata(kept.get(first), title)) {
      first++;
    }
    int last = kept.size() - 1;
    while (last >= first && isTrailingFurniture(kept.get(last))) {
      last--;
    }
    List<ArticleBlock> body = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      TextBlock b = kept.get(i);
      if (!b.isHeading()) {
        body.add(ArticleBlock.paragraph(b.text()));
      } else if (title.map(t -> !TextShape.resembles(t, b.text())).orElse(true)) {
        body.add(ArticleBlock.heading(b.text()));
      }
    }
    return body;
  }

  private static boolean isDropped(TextBlock b, int owner, int container, ElementIndex index,
      BoilerplateRegions regions) {
    if (index.isInside(regions.commentsAround(owner), container)) {
      return true;
    }
    int hinted = regions.boilerplateAround(owner);
    if (hinted != container && index.isInside(hinted, container) && !quoted(b.owner(), index.element(hinted))) {
      return true;
    }
    if (b.linkDensity() > 0.5 && b.chars() - b.linkChars() < LINKED_BLOCK_MIN_OWN_CHARS) {
      return true;
    }
    return !b.isHeading() && BoilerplateText.match(b.text()).isPresent();
  }

  /** Whether the block is inside a quotation below the hinted element (an embedded tweet or post). */
  private static boolean quoted(Element owner, Element hinted) {
    for (Element e = owner; e != null && e != hinted; e = e.parent()) {
      if (e.normalName().equals("blockquote")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What pages put above the first paragraph: the headline again, kicker labels, the byline,
   * date stamps. Removed only before the first paragraph; the same lines further down are text.
   */
  static boolean isLeadingMetadata(TextBlock b, Optional<String> title) {
    if (b.isHeading()) {
      return b.headingLevel() == 1 || title.map(t -> TextShape.resembles(t, b.text())).orElse(false);
    }
    String t = b.text();
    if (t.length() > 100) {
      return false;
    }
    return TextShape.words(t) <= 3 || BYLINE_START.matcher(t).find() || STAMP.matcher(t).find()
        || b.linkDensity() > 0.5;
  }

  /** What pages put after the last paragraph: headings of sections that were dropped, one-word labels, links. */
  private static boolean isTrailingFurniture(TextBlock b) {
    return b.isHeading() || TextShape.words(b.text()) <= 1 || b.linkDensity() > 0.5;
  }
}
