package org.newsdesk.extract;

/**
 * How much a block says "article here": positive for prose, negative for what surrounds
 * articles. The container of the article is the element whose blocks add up to the most.
 *
 * <ul>
 *   <li>Prose (at least {@value #PROSE_MIN_CHARS} characters outside links) counts its non-link
 *       characters, scaled down below 100 characters: teasers, captions and labels are short,
 *       paragraphs are long. Under a boilerplate hint it counts half, negatively.
 *   <li>Link text costs half its length wherever it is: menus, tag lists, "more stories".
 *   <li>A short line costs a fifth of its length: buttons, labels, dates. A short row of a table
 *       or item of a list counts a little for: they are short by nature, and in an article they
 *       are data (results, ingredients, tour dates).
 *   <li>A heading is neutral unless it is a link: a linked headline announces another page,
 *       the mark of a list of teasers.
 * </ul>
 */
final class BlockWeight {

  static final int PROSE_MIN_CHARS = 25;
  private static final double FULL_PROSE_CHARS = 100;

  private BlockWeight() {}

  private static boolean isItem(TextBlock b) {
    String tag = b.owner().normalName();
    return tag.equals("li") || tag.equals("tr") || tag.equals("dd") || tag.equals("dt");
  }

  /** The block's weight; {@code hinted} when an element around it is named as boilerplate. */
  static double of(TextBlock b, boolean hinted) {
    if (b.isHeading()) {
      return b.linkDensity() > 0.5 ? -b.chars() : 0;
    }
    int nonLink = b.chars() - b.linkChars();
    if (nonLink < PROSE_MIN_CHARS) {
      if (isItem(b) && !hinted) {
        // A row of a table or an item of a list is short by nature: data, not a label.
        return 0.2 * nonLink - 0.5 * b.linkChars();
      }
      return -0.2 * b.chars() - 0.3 * b.linkChars();
    }
    double prose = nonLink * Math.min(1, nonLink / FULL_PROSE_CHARS);
    return (hinted ? -0.5 * prose : prose) - 0.5 * b.linkChars();
  }
}
