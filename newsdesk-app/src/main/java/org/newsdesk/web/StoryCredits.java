package org.newsdesk.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.store.ArticleCredit;
import org.newsdesk.store.ArticleSummary;

/**
 * A story page's credit for the licensed articles in it: one combined line per publisher and
 * licence ("News articles from Wikinews, CC BY 2.5"), which the licence allows in place of each
 * article's own attribution provided each article links to its original.
 *
 * @param lines the combined credit lines, in timeline order
 * @param credited the ids of the articles the lines cover: each must link to its original
 */
public record StoryCredits(List<String> lines, Set<Long> credited) {

  public StoryCredits {
    lines = List.copyOf(lines);
    credited = Set.copyOf(credited);
  }

  static StoryCredits of(List<ArticleSummary> timeline, Map<Long, ArticleCredit> credits) {
    Set<String> lines = new LinkedHashSet<>();
    Set<Long> credited = new LinkedHashSet<>();
    for (ArticleSummary a : timeline) {
      ArticleCredit c = credits.get(a.id());
      if (c == null || c.isEmpty()) {
        continue;
      }
      credited.add(a.id());
      String from = "News articles from " + a.source().orElse("their publishers");
      lines.add(c.licence().map(l -> from + ", " + l).orElse(from));
    }
    return new StoryCredits(new ArrayList<>(lines), credited);
  }

  /** Whether article {@code id} is covered by a line, and so must link to its original. */
  public boolean covers(long id) {
    return credited.contains(id);
  }
}
