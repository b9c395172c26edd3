package org.newsdesk.search;

/** A query that cannot be parsed, or an index that cannot be read or written. */
public final class SearchException extends RuntimeException {

  private final boolean badQuery;

  SearchException(String message, boolean badQuery, Throwable cause) {
    super(message, cause);
    this.badQuery = badQuery;
  }

  /** True when the user's query is at fault (fix the query), false for an index failure. */
  public boolean badQuery() {
    return badQuery;
  }
}
