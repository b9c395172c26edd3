package org.newsdesk.store;

import java.util.Optional;

/**
 * The terms an article's text came under, as its file gave them: what a page showing the article
 * must credit.
 *
 * @param licence the licence's short name ({@code CC BY 2.5})
 * @param attribution the credit line as given (title, publisher, date, URL, authors, changes)
 */
public record ArticleCredit(Optional<String> licence, Optional<String> attribution) {

  public static final ArticleCredit NONE = new ArticleCredit(Optional.empty(), Optional.empty());

  public ArticleCredit {
    licence = licence.map(String::strip).filter(s -> !s.isEmpty());
    attribution = attribution.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Whether there is nothing to credit. */
  public boolean isEmpty() {
    return licence.isEmpty() && attribution.isEmpty();
  }
}
