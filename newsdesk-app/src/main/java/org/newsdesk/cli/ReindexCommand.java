package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.store.Database;
import org.newsdesk.store.SearchSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsdesk reindex}: rebuild the search index from every analyzed article in the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Rebuild the search index (DATA/index) from the analyzed articles in the store.",
        "Searches keep using the old index until the new one is complete."})
final class ReindexCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    NewsdeskConfig config = storeOptions.config();
    long start = System.nanoTime();
    long indexed;
    try (Database db = storeOptions.open(config);
        SearchIndex index = SearchIndexFolder.open(config)) {
      indexed = new SearchIndexer(new SearchSource(db), index).reindexAll((done, total) -> {
        if (done % 5000 < 500 || done == total) {
          err.printf("indexed %d of %d%n", done, total);
        }
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("reindexed %d articles in %.1f s into %s%n", indexed,
        (System.nanoTime() - start) / 1e9, SearchIndexFolder.of(config));
    out.flush();
    return ExitCode.OK.code();
  }
}
