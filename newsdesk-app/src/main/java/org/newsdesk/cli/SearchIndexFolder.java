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

  static SearchIndex open(NewsdeskConfig config) {
    try {
      return SearchIndex.open(of(config));
    } catch (SearchException e) {
      throw new CommandFailure(ExitCode.IO, e.getMessage(), e);
    }
  }
}
