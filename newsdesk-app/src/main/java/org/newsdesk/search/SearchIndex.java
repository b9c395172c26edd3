package org.newsdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The article index in a folder: one {@link IndexWriter}, searches through a {@link
 * SearcherManager} that sees what was written once {@link #commit()} returns. Thread-safe: any
 * number of threads may index and search at once.
 *
 * <p>{@link #openReadOnly} opens it for searching only, without the writer and so without its
 * lock: a second process (the {@code search} command) can read while {@code serve} writes. It
 * sees the index as last committed when it opened.
 *
 * <p>Writes are buffered until {@link #commit()}, which makes them durable and visible together;
 * a crash before it loses them, and the next reindex (or the pipeline's next article) puts them
 * back, since the store is the source of truth.
 */
public final class SearchIndex implements Closeable {

  private static final int SNIPPET_PASSAGES = 2;
  private static final int FACET_VALUES = 10;

  private final FSDirectory directory;
  private final NewsAnalyzer analyzer = new NewsAnalyzer();
  private final ArticleDocuments documents = new ArticleDocuments();
  /** Null when opened read-only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile FacetState facetState = new FacetState(null, null);

  private SearchIndex(Path folder, boolean readOnly) throws IOException {
    if (readOnly) {
      directory = FSDirectory.open(folder);
      writer = null;
      searchers = new SearcherManager(directory, null);
      return;
    }
    Files.createDirectories(folder);
    directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  /** Opens the index in {@code folder}, creating both when missing. */
  public static SearchIndex open(Path folder) {
    try {
      return new SearchIndex(folder, false);
    } catch (IOException e) {
      throw new SearchException("cannot open the search index in " + folder + ": "
          + e.getMessage(), false, e);
    }
  }

  /**
   * Opens the committed index in {@code folder} for searching only: no writer, no write lock,
   * so it works while another process has the index open for writing. Writes throw.
   *
   * @throws SearchException when the folder holds no index
   */
  public static SearchIndex openReadOnly(Path folder) {
    try {
      if (!exists(folder)) {
        throw new SearchException("there is no search index in " + folder
            + " (run newsdesk reindex)", false, null);
      }
      return new SearchIndex(folder, true);
    } catch (IOException e) {
      throw new SearchException("cannot open the search index in " + folder + ": "
          + e.getMessage(), false, e);
    }
  }

  /** Whether {@code folder} holds a committed index. */
  public static boolean exists(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether this was opened by {@link #openReadOnly}. */
  public boolean readOnly() {
    return writer == null;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the search index was opened read-only");
    }
    return writer;
  }

  /** Adds the article, or replaces its earlier version. Visible after {@link #commit()}. */
  public void index(ArticleDoc article) {
    try {
      Document d = documents.toDocument(article);
      writer().updateDocument(new Term(IndexFields.ID, ArticleDocuments.idTerm(article.id())), d);
    } catch (IOException e) {
      throw failure("cannot index article " + article.id(), e);
    }
  }

  /** Removes the article, if indexed. Visible after {@link #commit()}. */
  public void delete(long id) {
    try {
      writer().deleteDocuments(new Term(IndexFields.ID, ArticleDocuments.idTerm(id)));
    } catch (IOException e) {
      throw failure("cannot delete article " + id, e);
    }
  }

  /** Removes every article: the start of a rebuild. Searches see the old index until commit. */
  public void deleteAll() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw failure("cannot empty the index", e);
    }
  }

  /** Makes every write so far durable and visible to searches. */
  public void commit() {
    try {
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw failure("cannot commit the index", e);
    }
  }

  /** Articles in the index, as searches see it. */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * Runs a search.
   *
   * @throws SearchException with {@link SearchException#badQuery()} set when the query string
   *     does not parse; its message says where
   */
  public SearchResults search(SearchQuery query) {
    Query parsed = parse(query.text());
    return withSearcher(s -> run(s, parsed, query));
  }

  private Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      return new NewsQueryParser(analyzer).parse(text);
    } catch (ParseException | RuntimeException e) {
      // The parser's own messages point at the line and column of the problem.
      throw new SearchException("cannot parse the query '" + text + "': "
          + e.getMessage().lines().findFirst().orElse(""), true, e);
    }
  }

  private SearchResults run(IndexSearcher searcher, Query parsed, SearchQuery query)
      throws IOException {
    DrillDownQuery drill = new DrillDownQuery(documents.facetsConfig(), parsed);
    query.filters().forEach((facet, values) -> values.forEach(v -> drill.add(facet.dim(), v)));
    Query effective = query.filters().isEmpty() ? parsed : drill;
    int wanted = query.offset() + query.limit();
    TopDocs top;
    Map<Facet, List<SearchResults.FacetCount>> facetCounts = new EnumMap<>(Facet.class);
    SortedSetDocValuesReaderState state =
        query.facets().isEmpty() ? null : facetState(searcher.getIndexReader());
    if (state == null) {
      // No facets asked for, or no document has a facet value yet: nothing to count.
      top = searcher.search(effective, wanted);
    } else {
      // Drill sideways: a filtered facet is counted as if its own filter were off (the other
      // filters still apply), so choosing one source still shows the counts of the others.
      DrillSideways.DrillSidewaysResult r =
          new DrillSideways(searcher, documents.facetsConfig(), state).search(drill, wanted);
      top = r.hits;
      facetCounts = countFacets(state, r.facets, query);
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
        Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    String[] snippets = highlighter(searcher).highlight(IndexFields.BODY, parsed, pageDocs,
        SNIPPET_PASSAGES);
    List<SearchResults.Hit> hits = new ArrayList<>(page.length);
    var stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc,
          java.util.Set.of(IndexFields.ID, IndexFields.URL, IndexFields.TITLE));
      hits.add(new SearchResults.Hit(Long.parseLong(d.get(IndexFields.ID)),
          d.get(IndexFields.TITLE), d.get(IndexFields.URL), page[i].score,
          snippets[i] == null ? "" : snippets[i]));
    }
    return new SearchResults(hits, top.totalHits.value,
        top.totalHits.relation == TotalHits.Relation.EQUAL_TO, facetCounts);
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    // escape=true: bodies are text from the web; the snippet must be safe to show as HTML.
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .build();
  }

  private static Map<Facet, List<SearchResults.FacetCount>> countFacets(
      SortedSetDocValuesReaderState state, Facets counts, SearchQuery query) throws IOException {
    Map<Facet, List<SearchResults.FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : query.facets()) {
      List<SearchResults.FacetCount> values = new ArrayList<>();
      if (state.getOrdRange(f.dim()) != null) {
        FacetResult r = counts.getTopChildren(FACET_VALUES, f.dim());
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new SearchResults.FacetCount(lv.label, lv.value.intValue()));
          }
        }
      }
      out.put(f, values);
    }
    return out;
  }

  /** The facet ordinals of a reader, built once per reader (each refresh), not per query. */
  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached.reader() == reader) {
      return cached.state();
    }
    synchronized (this) {
      cached = facetState;
      if (cached.reader() == reader) {
        return cached.state();
      }
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig());
      } catch (IllegalArgumentException e) {
        state = null; // no document has a facet value yet
      }
      facetState = new FacetState(reader, state);
      return state;
    }
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw failure("cannot search the index", e);
    }
  }

  private SearchException failure(String what, IOException e) {
    return new SearchException(what + " in " + directory.getDirectory() + ": " + e.getMessage(),
        false, e);
  }

  /** Commits pending writes and closes the index. */
  @Override
  public void close() {
    try {
      if (writer != null) {
        commit();
      }
    } finally {
      try {
        searchers.close();
        if (writer != null) {
          writer.close();
        }
        directory.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        analyzer.close();
      }
    }
  }
}
