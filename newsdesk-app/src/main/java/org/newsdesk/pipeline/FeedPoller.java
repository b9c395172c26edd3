package org.newsdesk.pipeline;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.ingest.feeds.FeedItem;
import org.newsdesk.ingest.feeds.FeedParse;
import org.newsdesk.ingest.feeds.FeedParser;
import org.newsdesk.ingest.feeds.ParsedFeed;
import org.newsdesk.ingest.fetch.CacheValidators;
import org.newsdesk.ingest.fetch.FetchOutcome;
import org.newsdesk.ingest.fetch.FetchPurpose;
import org.newsdesk.ingest.fetch.PoliteFetcher;
import org.newsdesk.ingest.fetch.PollInterval;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.PollResult;
import org.newsdesk.store.Source;
import org.newsdesk.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the sources that are due: fetches each feed politely (robots.txt, per-host pacing, a
 * conditional GET so an unchanged feed costs a 304), parses it, and records every item not seen
 * before as a new article waiting to be fetched. The next poll adapts to how often the feed
 * publishes. A feed that fails (unreachable, malformed, not a feed) is recorded on its source
 * with the reason and polled again after a backoff; the others go on.
 */
public final class FeedPoller {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  private static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

  private final SourceStore sources;
  private final ArticleStore articles;
  private final PoliteFetcher fetcher;
  private final PollSettings settings;
  private final FeedParser parser = new FeedParser();

  public FeedPoller(SourceStore sources, ArticleStore articles, PoliteFetcher fetcher,
      PollSettings settings) {
    this.sources = sources;
    this.articles = articles;
    this.fetcher = fetcher;
    this.settings = settings;
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
    URI uri;
    try {
      uri = URI.create(source.url());
    } catch (IllegalArgumentException e) {
      return failed(source, "not a URL: " + source.url(), now.plus(settings.maxInterval()));
    }
    CacheValidators validators = new CacheValidators(source.etag(), source.lastModified());
    FetchOutcome outcome = fetcher.fetch(uri, validators, FetchPurpose.FEED,
        source.consecutiveFailures());
    if (outcome instanceof FetchOutcome.NotModified) {
      log.debug("source {}: not modified", source.id());
      return new PollResult.Unchanged(now.plus(bounded(source.pollInterval())));
    }
    if (outcome instanceof FetchOutcome.Disallowed d) {
      return failed(source, d.reason(), now.plus(settings.maxInterval()));
    }
    if (outcome instanceof FetchOutcome.RetryLater r) {
      return failed(source, r.reason(), r.notBefore());
    }
    if (outcome instanceof FetchOutcome.Failed f) {
      Duration wait = bounded(Duration.ofMinutes(15L << Math.min(source.consecutiveFailures(), 6)));
      return failed(source, f.message(), now.plus(wait));
    }
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
    FeedParse parse = parser.parse(fetched.page());
    if (parse instanceof FeedParse.Failed f) {
      Duration wait = bounded(Duration.ofMinutes(15L << Math.min(source.consecutiveFailures(), 6)));
      return failed(source, source.url() + ": not a feed: " + f.message(), now.plus(wait));
    }
    ParsedFeed feed = ((FeedParse.Parsed) parse).feed();
    int fresh = 0;
    for (FeedItem item : feed.items()) {
      Optional<String> link = item.link().filter(l -> l.startsWith("http"));
      if (link.isEmpty()) {
        continue;
      }
      Optional<Long> id = articles.discover(new NewArticle(ArticleUrls.canonical(link.get()),
          Optional.of(source.id()), "feed", Optional.empty(), item.title(), item.bodyHtml(),
          item.date(), Optional.empty()));
      if (id.isPresent()) {
        fresh++;
      }
    }
    List<Instant> dates = feed.items().stream().flatMap(i -> i.date().stream()).toList();
    Duration interval = PollInterval.next(dates, now, source.pollInterval(),
        settings.minInterval(), settings.maxInterval());
    log.info("source {} {}: {} items, {} new; next poll in {}", source.id(), source.url(),
        feed.items().size(), fresh, interval);
    return new PollResult.Read(feed.title(), feed.siteLink(), fetched.validators().etag(),
        fetched.validators().lastModified(), fresh, interval.toSeconds(), now.plus(interval));
  }

  private Duration bounded(Duration d) {
    if (d.compareTo(settings.minInterval()) < 0) {
      return settings.minInterval();
    }
    return d.compareTo(settings.maxInterval()) > 0 ? settings.maxInterval() : d;
  }

  private static PollResult failed(Source source, String message, Instant next) {
    log.warn("source {}: poll failed (next try {}): {}", source.id(), next, message);
    return new PollResult.Failed(message, next);
  }
}
