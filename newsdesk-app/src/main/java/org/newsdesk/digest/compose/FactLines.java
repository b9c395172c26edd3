package org.newsdesk.digest.compose;

import org.newsdesk.digest.rank.CandidateStory;

/** Claims and titles as one short line each in a digest. */
final class FactLines {

  private FactLines() {}

  static String claim(CandidateStory.ClaimLine c) {
    StringBuilder line = new StringBuilder("Claim: ").append(clip(c.text(), 160));
    if (!c.claimedBy().isEmpty()) {
      line.append(" — ").append(String.join(", ", c.claimedBy()));
    }
    if (!c.deniedBy().isEmpty()) {
      line.append("; denied by ").append(String.join(", ", c.deniedBy()));
    }
    return line.toString();
  }

  static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 3 ? cut : max - 1) + "…";
  }
}
