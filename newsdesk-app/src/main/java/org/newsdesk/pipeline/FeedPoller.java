package org.newsdesk.pipeline;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.ingest.feeds.FeedItem;
import org.newsdesk.ingest.feeds.FeedParse;
import org.newsdesk.ingest.feeds.FeedParser;
import org.newsdesk.ingest.feeds.ParsedFeed;
import org.newsdesk.ingest.fetch.FetchException;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.PollResult;
import org.newsdesk.store.Source;
import org.newsdesk.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the sources that are due: fetches each feed, parses it, and records every item not seen
 * before as a new article waiting to be fetched. A feed that fails (unreachable, malformed, not a
 * feed) is recorded on its source with the reason and polled again later; the others go on.
 */
public final class FeedPoller {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  private static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

  private final SourceStore sources;
  private final ArticleStore articles;
  private final PageFetcher fetcher;
  private final FeedParser parser = new FeedParser();

  public FeedPoller(SourceStore sources, ArticleStore articles, PageFetcher fetcher) {
    this.sources = sources;
    this.articles = articles;
    this.fetcher = fetcher;
  }

  /** Polls every due source, a batch at a time; returns how many sources were polled. */
  public int pollDue() {
    int polled = 0;
    for (var batch = sources.claimDue(16, CLAIM_LEASE); !batch.isEmpty();
        batch = sources.claimDue(16, CLAIM_LEASE)) {
      for (Source s : batch) {
        sources.recordPoll(s.id(), poll(s));
        polled++;
      }
    }
    return polled;
  }

  /** Polls one source; never throws for anything the feed or the network does. */
  public PollResult poll(Source source) {
    Instant now = Instant.now();
    FetchedPage page;
    try {
      page = fetcher.fetch(URI.create(source.url()));
    } catch (FetchException e) {
      return failed(source, e.getMessage(), now);
    } catch (IllegalArgumentException e) {
      return failed(source, "not a URL: " + source.url(), now);
    }
    FeedParse parse = parser.parse(page);
    if (parse instanceof FeedParse.Failed f) {
      return failed(source, source.url() + ": " + f.message(), now);
    }
    ParsedFeed feed = ((FeedParse.Parsed) parse).feed();
    int fresh = 0;
    for (FeedItem item : feed.items()) {
      Optional<String> link = item.link().filter(l -> l.startsWith("http"));
      if (link.isEmpty()) {
        continue;
      }
      Optional<Long> id = articles.discover(new NewArticle(ArticleUrls.canonical(link.get()),
          Optional.of(source.id()), "feed", Optional.empty(), item.title(), item.bodyHtml(), item.date(),
          Optional.empty()));
      if (id.isPresent()) {
        fresh++;
      }
    }
    Duration interval = source.pollInterval();
    log.info("source {} {}: {} items, {} new", source.id(), source.url(), feed.items().size(),
        fresh);
    return new PollResult.Read(feed.title(), feed.siteLink(), Optional.empty(), Optional.empty(),
        fresh, interval.toSeconds(), now.plus(interval));
  }

  private static PollResult failed(Source source, String message, Instant now) {
    Duration wait = Duration.ofMinutes(5L << Math.min(source.consecutiveFailures(), 8));
    log.warn("source {}: poll failed, next try in {}: {}", source.id(), wait, message);
    return new PollResult.Failed(message, now.plus(wait));
  }
}
