package org.newsdesk.pipeline;

import java.net.URI;
import org.newsdesk.ingest.fetch.CacheValidators;
import org.newsdesk.ingest.fetch.FetchOutcome;
import org.newsdesk.ingest.fetch.FetchPurpose;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PoliteFetcher;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Claim;
import org.newsdesk.store.RawPage;
import org.newsdesk.store.Stage;
import org.newsdesk.store.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches an article's page politely and stores it raw. A server that is busy or down is asked
 * again later (its Retry-After honoured); a page robots.txt disallows, a refused address, a page
 * that is not HTML or too large fail the article at once, with a message saying what and where.
 */
final class FetchStep implements StageStep {

  private static final Logger log = LoggerFactory.getLogger(FetchStep.class);

  private final PoliteFetcher fetcher;
  private final ArticleStore articles;
  private final WorkQueue queue;
  private final int maxAttempts;

  FetchStep(PoliteFetcher fetcher, ArticleStore articles, WorkQueue queue, int maxAttempts) {
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
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      articles.fail(claim, "not a URL: " + url);
      return;
    }
    FetchOutcome outcome = fetcher.fetch(uri, CacheValidators.none(), FetchPurpose.PAGE,
        claim.attempts() - 1);
    if (outcome instanceof FetchOutcome.Fetched f) {
      FetchedPage page = f.page();
      articles.completeFetch(claim, new RawPage(page.finalUri().toString(), page.status(),
          page.mediaType(), page.charset().map(java.nio.charset.Charset::name), page.body()));
      log.debug("article {}: fetched {} ({} bytes)", claim.articleId(), url, page.body().length);
    } else if (outcome instanceof FetchOutcome.RetryLater r && claim.attempts() < maxAttempts) {
      log.info("article {}: fetch deferred to {}: {}", claim.articleId(), r.notBefore(),
          r.reason());
      queue.retryLater(claim, r.notBefore(), r.reason());
    } else {
      String why = outcome instanceof FetchOutcome.Failed f ? f.message()
          : outcome instanceof FetchOutcome.Disallowed d ? d.reason()
          : outcome instanceof FetchOutcome.RetryLater r
              ? r.reason() + " (gave up after " + claim.attempts() + " attempts)"
              : "unexpected answer: " + outcome;
      log.warn("article {}: fetch failed: {}", claim.articleId(), why);
      articles.fail(claim, why);
    }
  }
}
