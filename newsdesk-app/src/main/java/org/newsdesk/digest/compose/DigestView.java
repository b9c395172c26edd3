package org.newsdesk.digest.compose;

import java.util.List;

/**
 * One digest as the templates show it (HTML by {@code jte/digest/digest.jte}, text by {@link
 * DigestText}): every string final, links absolute.
 */
public record DigestView(String heading, String dateLine, List<StoryView> stories,
    String manageUrl, String unsubscribeUrl, String siteUrl) {

  public DigestView {
    stories = List.copyOf(stories);
  }

  /** One story in one reader's digest: what is theirs, and the block shared by all readers. */
  public record StoryView(String title, String url, boolean update, String why,
      StoryBlock block) {}

  /** What a story's {@link StoryBlock} is rendered from. */
  public record StoryBody(String url, String summary, String quote, String speaker, String who,
      String where, List<String> claims) {

    public StoryBody {
      claims = List.copyOf(claims);
    }

    public boolean hasQuote() {
      return !quote.isEmpty();
    }
  }
}
