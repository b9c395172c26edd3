package org.newsdesk.pipeline;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import org.newsdesk.ingest.fetch.FetchException;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Claim;
import org.newsdesk.store.RawPage;
import org.newsdesk.store.Stage;
import org.newsdesk.store.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches an article's page and stores it raw. Network trouble and server errors are retried
 * later; a refused address, a page too large or a redirect loop fail the article at once, with a
 * message saying what and where.
 */
final class FetchStep implements StageStep {

  private static final Logger log = LoggerFactory.getLogger(FetchStep.class);

  private final PageFetcher fetcher;
  private final ArticleStore articles;
  private final WorkQueue queue;
  private final int maxAttempts;

  FetchStep(PageFetcher fetcher, ArticleStore articles, WorkQueue queue, int maxAttempts) {
    this.fetcher = fetcher;
    this.articles = articles;
    this.queue = queue;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Stage stage() {
    return Stage.FETCH;
  }

  @Override
  public void process(Claim claim) {
    String url = articles.url(claim.articleId());
    try {
      FetchedPage page = fetcher.fetch(URI.create(url));
      articles.completeFetch(claim, new RawPage(page.finalUri().toString(), page.status(),
          page.mediaType(), page.charset().map(Charset::name), page.body()));
      log.debug("article {}: fetched {} ({} bytes)", claim.articleId(), url, page.body().length);
    } catch (FetchException e) {
      boolean transientProblem = e.problem() == FetchException.Problem.NETWORK
          || e.problem() == FetchException.Problem.HTTP_STATUS;
      if (transientProblem && claim.attempts() < maxAttempts) {
        Instant next = Instant.now().plusSeconds(60L << Math.min(claim.attempts(), 8));
        log.info("article {}: fetch failed, retry at {}: {}", claim.articleId(), next,
            e.getMessage());
        queue.retryLater(claim, next, e.getMessage());
      } else {
        log.warn("article {}: fetch failed for good: {}", claim.articleId(), e.getMessage());
        articles.fail(claim, e.getMessage());
      }
    }
  }
}
