package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.search.SearchException;
import org.newsdesk.search.SearchIndex;

/** Where the search index lives: {@code index/} beside the database, in the data folder. */
final class SearchIndexFolder {

  private SearchIndexFolder() {}

  static Path of(NewsdeskConfig config) {
    return config.store().dataDir().resolve("index");
  }

  /**
   * The index for searching only: read-only, so it needs no write lock and works while
   * {@code serve} (or an ingest) holds the index open for writing. With no index yet, an empty
   * one is made, as before, so a search on a fresh data folder finds nothing rather than fails.
   */
  static SearchIndex openForSearch(NewsdeskConfig config) {
    Path folder = of(config);
    try {
      return SearchIndex.exists(folder) ? SearchIndex.openReadOnly(folder)
          : SearchIndex.open(folder);
    } catch (SearchException e) {
      throw new CommandFailure(ExitCode.IO, e.getMessage(), e);
    }
  }

  static SearchIndex open(NewsdeskConfig config) {
    try {
      return SearchIndex.open(of(config));
    } catch (SearchException e) {
      throw new CommandFailure(ExitCode.IO, e.getMessage(), e);
    }
  }
}
