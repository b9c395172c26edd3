package org.newsdesk.search;

import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.store.IndexableArticle;
import org.newsdesk.store.SearchSource;

/**
 * Keeps the index in step with the store: one article after the pipeline has stored its card,
 * or every analyzed article when the index is rebuilt ({@code newsdesk reindex}).
 */
public final class SearchIndexer {

  private static final int BATCH = 500;

  /** Told how far a rebuild has come; {@code total} is counted when it starts. */
  @FunctionalInterface
  public interface Progress {
    void indexed(long done, long total);
  }

  private final SearchSource source;
  private final SearchIndex index;

  public SearchIndexer(SearchSource source, SearchIndex index) {
    this.source = source;
    this.index = index;
  }

  /**
   * Indexes the article as the store has it now and commits; an article that is gone or not
   * analyzed (any more) is taken out of the index instead.
   *
   * @return true when the article is now in the index
   */
  public boolean indexArticle(long id) {
    var article = source.article(id);
    if (article.isPresent()) {
      index.index(ArticleDoc.from(article.get()));
    } else {
      index.delete(id);
    }
    index.commit();
    return article.isPresent();
  }

  /**
   * Rebuilds the index from every analyzed article. Searches keep seeing the old index until
   * the new one is complete: one commit at the end.
   *
   * @return the number of articles indexed
   */
  public long reindexAll(Progress progress) {
    long total = source.countAnalyzed();
    AtomicLong done = new AtomicLong();
    index.deleteAll();
    source.forEachAnalyzed(BATCH, batch -> {
      for (IndexableArticle a : batch) {
        index.index(ArticleDoc.from(a));
      }
      progress.indexed(done.addAndGet(batch.size()), Math.max(total, done.get()));
    });
    index.commit();
    return done.get();
  }
}
