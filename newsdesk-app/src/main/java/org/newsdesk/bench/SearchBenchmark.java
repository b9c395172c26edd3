package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newsdesk.search.Facet;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.store.BulkArticles;
import org.newsdesk.store.Database;
import org.newsdesk.store.PostgresFullText;
import org.newsdesk.store.SearchSource;
import org.newsdesk.store.StoreSettings;

/**
 * Search latency over a large corpus, Lucene against PostgreSQL full-text search in the same run.
 * Run: {@code ./newsdesk bench search [--articles 100000] [--threads 2]}.
 *
 * <p>The corpus ({@link SyntheticCorpus}) is recombined from the real texts in {@code
 * ../shared/data} and written straight into a temporary embedded store ({@link BulkArticles}),
 * skipping the analyzer. The Lucene index is then built the way {@code newsdesk reindex} builds
 * it, from the store. A fixed set of queries — words, phrases, field queries, date ranges, some
 * with every facet counted — runs from several threads, in shuffled order, many rounds; latency
 * is the wall time of one {@code SearchIndex.search} call, top 10 with snippets. PostgreSQL gets
 * each query's words in web-search syntax (no field restrictions, no facets: less work than
 * Lucene does), against a GIN index on {@code to_tsvector('english', title || ' ' || body)},
 * ranked by {@code ts_rank}, top 10.
 */
public final class SearchBenchmark {

  /** The run's shape; PostgreSQL gets fewer rounds as its queries are much slower. */
  public record Options(Path sharedData, int articles, int threads, int luceneRounds,
      int postgresRounds, long seed) {}

  /** Latencies in milliseconds, sorted, and what building the corpus and indexes cost. */
  public record Result(int articles, int queries, List<Double> luceneMs, List<Double> postgresMs,
      double insertS, double luceneIndexS, double postgresIndexS) {}

  /** One query as Lucene and as PostgreSQL's websearch_to_tsquery read it. */
  record BenchQuery(String lucene, String postgres, boolean facets) {}

  static final List<BenchQuery> QUERIES = List.of(
      q("president"), q("election"), q("police"), q("earthquake"), q("government"),
      q("hospital"), q("football"), q("oil prices"), q("stock market"), q("climate"),
      q("coronavirus"), q("hurricane"), q("protesters police"), q("court ruling"),
      q("bank interest rates"), q("apple iphone"), q("military aircraft crash"),
      q("prime minister resign"), q("nuclear weapons"), q("rehab actress"),
      q("\"prime minister\""), q("\"united states\""), q("\"white house\""),
      q("\"climate change\""), q("\"federal reserve\""), q("\"world cup\""),
      q("\"human rights\""), q("\"north korea\""), q("\"health care\""), q("\"stock market\""),
      field("entity:\"United States\"", "\"United States\""),
      field("entity:China", "China"), field("entity:\"Donald Trump\"", "\"Donald Trump\""),
      field("entity:\"Barack Obama\"", "\"Barack Obama\""),
      field("speaker:\"Donald Trump\"", "\"Donald Trump\""),
      field("place:Moscow", "Moscow"), field("place:\"Hong Kong\" protest", "\"Hong Kong\" protest"),
      field("type:attack", "attack"), field("type:protest AND place:London", "protest London"),
      field("source:Reuters", "Reuters"), field("quote:economy", "economy"),
      field("election published:[2016-01-01 TO 2016-12-31]", "election"),
      field("title:apple", "apple"), field("\"prime minister\" -entity:\"United Kingdom\"",
          "\"prime minister\" -Kingdom"),
      facets("president"), facets("\"united states\""), facets("police shooting"),
      facets("entity:China"), facets("earthquake"), facets("type:protest"));

  private static BenchQuery q(String text) {
    return new BenchQuery(text, text, false);
  }

  private static BenchQuery field(String lucene, String postgres) {
    return new BenchQuery(lucene, postgres, false);
  }

  private static BenchQuery facets(String lucene) {
    String words = lucene.replaceAll("\\w+:", "");
    return new BenchQuery(lucene, words, true);
  }

  private final Consumer<String> log;

  public SearchBenchmark(Consumer<String> log) {
    this.log = log;
  }

  public Result run(Options o) throws IOException, InterruptedException {
    try (TemporaryFolder folder = TemporaryFolder.create("newsdesk-search-bench");
        Database db = Database.open(StoreSettings.embedded(folder.path()));
        SearchIndex index = SearchIndex.open(folder.path().resolve("index"))) {
      long t0 = System.nanoTime();
      CorpusTexts texts = CorpusTexts.load(o.sharedData());
      SyntheticCorpus corpus = new SyntheticCorpus(texts, o.seed());
      log.accept(String.format("corpus: %d paragraphs, %d titles, %d publishers",
          corpus.paragraphCount(), texts.titles().size(), texts.publishers().size()));
      BulkArticles bulk = new BulkArticles(db);
      for (int done = 0; done < o.articles(); ) {
        int n = Math.min(1000, o.articles() - done);
        bulk.insertAnalyzed(corpus.next(n));
        done += n;
        if (done % 20_000 == 0 || done == o.articles()) {
          log.accept(String.format("stored %d articles", done));
        }
      }
      double insertS = seconds(t0);
      long t1 = System.nanoTime();
      new SearchIndexer(new SearchSource(db), index).reindexAll((done, total) -> {
        if (done % 20_000 == 0) {
          log.accept(String.format("indexed %d of %d", done, total));
        }
      });
      double luceneIndexS = seconds(t1);
      log.accept(String.format("Lucene index built in %.1f s", luceneIndexS));
      long t2 = System.nanoTime();
      PostgresFullText postgres = new PostgresFullText(db);
      postgres.createIndex();
      double postgresIndexS = seconds(t2);
      log.accept(String.format("PostgreSQL GIN index built in %.1f s", postgresIndexS));

      List<Runnable> lucene = new ArrayList<>();
      List<Runnable> pg = new ArrayList<>();
      for (BenchQuery q : QUERIES) {
        SearchQuery sq = new SearchQuery(q.lucene(), Map.of(),
            q.facets() ? EnumSet.allOf(Facet.class) : EnumSet.noneOf(Facet.class), 0, 10);
        lucene.add(() -> index.search(sq));
        pg.add(() -> postgres.search(q.postgres(), 10));
      }
      timeAll(lucene, o.threads(), 1, o.seed()); // warm-up: JIT, page cache
      List<Double> luceneMs = timeAll(lucene, o.threads(), o.luceneRounds(), o.seed());
      log.accept(String.format("Lucene: %d searches", luceneMs.size()));
      timeAll(pg, o.threads(), 1, o.seed());
      List<Double> postgresMs = timeAll(pg, o.threads(), o.postgresRounds(), o.seed());
      log.accept(String.format("PostgreSQL: %d searches", postgresMs.size()));
      return new Result(o.articles(), QUERIES.size(), luceneMs, postgresMs, insertS,
          luceneIndexS, postgresIndexS);
    }
  }

  /** Every query {@code rounds} times per thread, each thread in its own shuffled order. */
  private static List<Double> timeAll(List<Runnable> queries, int threads, int rounds, long seed)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Double>>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(seed + t);
        parts.add(pool.submit(() -> {
          List<Double> ms = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            List<Runnable> order = new ArrayList<>(queries);
            Collections.shuffle(order, random);
            for (Runnable q : order) {
              long start = System.nanoTime();
              q.run();
              ms.add((System.nanoTime() - start) / 1e6);
            }
          }
          return ms;
        }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> f : parts) {
        all.addAll(f.get());
      }
      Collections.sort(all);
      return all;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a benchmark query failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** The value below which a share {@code q} of the sorted values lie (nearest rank). */
  public static double quantile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
