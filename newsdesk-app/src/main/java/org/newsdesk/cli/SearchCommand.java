package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.search.Facet;
import org.newsdesk.search.SearchException;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk search QUERY}: the best articles for a query, with highlighted snippets and,
 * on request, facet counts. Reads only the index (run {@code newsdesk reindex} first), read-only,
 * so it also works while {@code newsdesk serve} is running and writing to it.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Search the analyzed articles.",
        "Words match title and body (all of them); \"quoted phrases\"; fields: entity:, speaker:,"
            + " place:, country:, source:, type: (event type), quote:, title:, body:,"
            + " published:2024-01 or published:[2024-01-01 TO 2024-02-01]; AND, OR, NOT, -word."})
final class SearchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (words are joined).")
  private List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Hits to show (default ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--facets", description = "Also count hits by source, entity, place, event"
      + " type and month.")
  private boolean facets;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 1000) {
      throw new CommandFailure(ExitCode.USAGE, "--limit must be between 1 and 1000; got " + limit);
    }
    NewsdeskConfig config = storeOptions.config();
    SearchQuery query = new SearchQuery(String.join(" ", words), Map.of(),
        facets ? EnumSet.allOf(Facet.class) : EnumSet.noneOf(Facet.class), 0, limit);
    SearchResults results;
    long ms;
    try (SearchIndex index = SearchIndexFolder.openForSearch(config)) {
      long start = System.nanoTime();
      results = index.search(query);
      ms = (System.nanoTime() - start) / 1_000_000;
    } catch (SearchException e) {
      throw new CommandFailure(e.badQuery() ? ExitCode.USAGE : ExitCode.IO, e.getMessage(), e);
    }
    print(spec.commandLine().getOut(), results, ms);
    return ExitCode.OK.code();
  }

  private static void print(PrintWriter out, SearchResults r, long ms) {
    out.printf("%s%d article%s (%d ms)%n", r.totalExact() ? "" : "at least ", r.total(),
        r.total() == 1 ? "" : "s", ms);
    for (SearchResults.Hit h : r.hits()) {
      out.printf("%n[%d] %s  (%.2f)%n    %s%n    %s%n", h.id(), h.title(), h.score(), h.url(),
          h.snippet().replace('\n', ' '));
    }
    r.facets().forEach((facet, counts) -> {
      if (!counts.isEmpty()) {
        out.printf("%n%s:", facet.dim());
        counts.forEach(c -> out.printf(" %s (%d);", c.value(), c.count()));
        out.println();
      }
    });
    out.flush();
  }
}
