package org.newsdesk.digest.compose;

/** The digest's plain-text part: the same content as the HTML, for clients that want text. */
public final class DigestText {

  private DigestText() {}

  public static String render(DigestView digest) {
    StringBuilder t = new StringBuilder(4096);
    t.append(digest.heading()).append('\n').append(digest.dateLine()).append("\n\n");
    int n = 1;
    for (DigestView.StoryView s : digest.stories()) {
      t.append(n++).append(". ").append(s.update() ? "Update: " : "").append(s.title())
          .append('\n');
      t.append("   Why it is here: ").append(s.why()).append('\n');
      t.append(s.block().text());
    }
    t.append("-- \nYou get this because you subscribed to the Newsdesk digest.\n")
        .append("Manage what you follow: ").append(digest.manageUrl()).append('\n')
        .append("Unsubscribe: ").append(digest.unsubscribeUrl()).append('\n');
    return t.toString();
  }

  /** A story's shared block as text: indented lines, then its link and a blank line. */
  static String renderBody(DigestView.StoryBody s) {
    StringBuilder t = new StringBuilder(1024);
    if (!s.summary().isEmpty()) {
      t.append("   ").append(s.summary()).append('\n');
    }
    if (s.hasQuote()) {
      t.append("   “").append(s.quote()).append("” — ").append(s.speaker()).append('\n');
    }
    if (!s.who().isEmpty()) {
      t.append("   Who: ").append(s.who()).append('\n');
    }
    if (!s.where().isEmpty()) {
      t.append("   Where: ").append(s.where()).append('\n');
    }
    for (String c : s.claims()) {
      t.append("   ").append(c).append('\n');
    }
    t.append("   ").append(s.url()).append("\n\n");
    return t.toString();
  }
}
