package org.newsdesk.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of the page (a paragraph, a heading, a list item,
 * the text of a {@code <div>} between its child blocks, a line ended by {@code <br>}), with the
 * element that holds it and how much of it is link text.
 *
 * @param owner the nearest block-level element around the text
 * @param text the text, whitespace collapsed
 * @param linkChars how many of its characters are inside links
 * @param headingLevel 1 to 6 for a heading, 0 otherwise
 */
record TextBlock(Element owner, String text, int linkChars, int headingLevel) {

  int chars() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean isHeading() {
    return headingLevel > 0;
  }
}
