package org.newsdesk.ingest.fetch;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The front door for fetching feeds and article pages from many hosts, as a well-behaved crawler:
 * <ol>
 *   <li>the {@link UrlGuard} refuses URLs into private networks;
 *   <li>robots.txt is obeyed ({@code RobotsPolicy}: cached per origin, read as RFC 9309 says);
 *   <li>requests to one host are paced ({@code HostThrottle}: few at a time, a delay between
 *       starts, longer when robots.txt asks for a Crawl-delay);
 *   <li>the request is conditional (If-None-Match, If-Modified-Since from the caller's
 *       {@link CacheValidators}) and compressed, and the {@link PageFetcher} caps, times and
 *       guards it;
 *   <li>the answer becomes one {@link FetchOutcome}: a 304 is {@code NotModified}, overload and
 *       outages are {@code RetryLater} with a time from Retry-After or {@link RetryPolicy}, and
 *       anything retrying soon will not fix is {@code Failed}.
 * </ol>
 * Nothing is thrown for network trouble or a bad server; the outcome says what happened and
 * where.
 *
 * <p>Known gap: robots.txt and the throttle are those of the URL asked for; a redirect to another
 * host is followed without asking that host's robots.txt or waiting for its slot.
 *
 * <p>Thread-safe; meant to be shared by all workers, since the pacing only works if every request
 * goes through one instance.
 */
public final class PoliteFetcher {

  /**
   * How politely and how long to fetch.
   *
   * @param limits time and size limits of one fetch
   * @param maxConcurrentPerHost requests to one host in flight at once
   * @param minHostDelay least time between the starts of two requests to one host
   * @param maxHostDelay most time between them, whatever a Crawl-delay asks
   * @param robotsTtl how long a robots.txt is trusted before it is read again
   * @param robotsFailureTtl how long an unreadable robots.txt keeps a site off limits
   * @param robotsCacheSize how many origins' robots.txt are kept
   * @param retry when to come back after 429, 5xx or no answer
   */
  public record Options(PageFetcher.Limits limits, int maxConcurrentPerHost, Duration minHostDelay,
      Duration maxHostDelay, Duration robotsTtl, Duration robotsFailureTtl, int robotsCacheSize,
      RetryPolicy retry) {

    public static Options defaults() {
      return new Options(PageFetcher.Limits.defaults(), 1, Duration.ofSeconds(1),
          Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofHours(1), 10_000,
          RetryPolicy.defaults());
    }

    public Options withHostDelays(Duration min, Duration max) {
      return new Options(limits, maxConcurrentPerHost, min, max, robotsTtl, robotsFailureTtl,
          robotsCacheSize, retry);
    }

    public Options withMaxConcurrentPerHost(int n) {
      return new Options(limits, n, minHostDelay, maxHostDelay, robotsTtl, robotsFailureTtl,
          robotsCacheSize, retry);
    }

    public Options withLimits(PageFetcher.Limits l) {
      return new Options(l, maxConcurrentPerHost, minHostDelay, maxHostDelay, robotsTtl,
          robotsFailureTtl, robotsCacheSize, retry);
    }

    public Options withRetry(RetryPolicy r) {
      return new Options(limits, maxConcurrentPerHost, minHostDelay, maxHostDelay, robotsTtl,
          robotsFailureTtl, robotsCacheSize, r);
    }
  }

  /** Media types an article page may have: HTML, or XHTML which our HTML parser reads too. */
  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  private static final String ROBOTS_ACCEPT = "text/plain, */*;q=0.5";

  private final UrlGuard guard;
  private final PageFetcher pages;
  private final HostThrottle throttle;
  private final RobotsPolicy robots;
  private final RetryPolicy retry;
  private final Clock clock;

  public PoliteFetcher(UrlGuard guard, Options options, Clock clock) {
    this.guard = guard;
    this.pages = new PageFetcher(guard, options.limits());
    this.throttle = new HostThrottle(options.maxConcurrentPerHost(), options.minHostDelay(),
        options.maxHostDelay());
    this.robots = new RobotsPolicy(this::fetchRobotsTxt, options.robotsTtl(),
        options.robotsFailureTtl(), options.robotsCacheSize(), clock);
    this.retry = options.retry();
    this.clock = clock;
  }

  /** {@link #fetch(URI, CacheValidators, FetchPurpose, int)} with no failures before this one. */
  public FetchOutcome fetch(URI uri, CacheValidators validators, FetchPurpose purpose) {
    return fetch(uri, validators, purpose, 0);
  }

  /**
   * Fetches {@code uri} if robots.txt allows it, when its host's turn comes.
   *
   * @param validators from the last {@code Fetched} of this URL, or {@link CacheValidators#none()}
   * @param purpose a feed or an article page: what we ask for, and for a page, that it is HTML
   * @param previousFailures how many fetches of this URL in a row ended in {@code RetryLater}
   *     before this one; the backoff doubles with each
   */
  public FetchOutcome fetch(URI uri, CacheValidators validators, FetchPurpose purpose,
      int previousFailures) {
    if (previousFailures < 0) {
      throw new IllegalArgumentException("previousFailures must be >= 0; got "
          + previousFailures);
    }
    int failures = previousFailures + 1;
    try {
      guard.check(uri);
      RobotsPolicy.Verdict verdict = robots.check(uri);
      if (verdict instanceof RobotsPolicy.Disallowed d) {
        return new FetchOutcome.Disallowed(d.reason());
      }
      if (verdict instanceof RobotsPolicy.Unavailable u) {
        return new FetchOutcome.RetryLater(u.retryAt(), u.reason());
      }
      Duration crawlDelay = ((RobotsPolicy.Allowed) verdict).crawlDelay();
      PageFetcher.Answer answer;
      try (HostThrottle.Permit permit = throttle.acquire(uri.getHost(), crawlDelay)) {
        answer = pages.exchange(uri, validators, purpose.accept());
      }
      return outcome(answer, purpose, failures);
    } catch (FetchException e) {
      return outcome(e, failures);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchOutcome.RetryLater(clock.instant(),
          "fetch of " + uri + " interrupted before it started");
    }
  }

  private PageFetcher.Answer fetchRobotsTxt(URI robotsTxt)
      throws FetchException, InterruptedException {
    try (HostThrottle.Permit permit = throttle.acquire(robotsTxt.getHost(), Duration.ZERO)) {
      return pages.exchange(robotsTxt, CacheValidators.none(), ROBOTS_ACCEPT);
    }
  }

  private FetchOutcome outcome(PageFetcher.Answer answer, FetchPurpose purpose, int failures) {
    int status = answer.status();
    URI at = answer.finalUri();
    if (status == 304) {
      return new FetchOutcome.NotModified();
    }
    if (status >= 200 && status <= 299) {
      FetchedPage page = answer.page();
      if (purpose == FetchPurpose.PAGE && page.mediaType().isPresent()
          && !HTML.contains(page.mediaType().get())) {
        return new FetchOutcome.Failed("cannot use " + at + " as an article page: it is "
            + page.mediaType().get() + ", not HTML");
      }
      return new FetchOutcome.Fetched(page, new CacheValidators(
          answer.headers().firstValue("etag"), answer.headers().firstValue("last-modified")));
    }
    String said = "the server answered " + status + PageFetcher.reasonPhrase(status);
    if (status == 408 || status == 429 || status >= 500) {
      Instant now = clock.instant();
      Optional<String> retryAfter = answer.headers().firstValue("retry-after");
      return new FetchOutcome.RetryLater(retry.retryAt(retryAfter, failures, now),
          "cannot fetch " + at + " now: " + said);
    }
    return new FetchOutcome.Failed("cannot fetch " + at + ": " + said);
  }

  private FetchOutcome outcome(FetchException e, int failures) {
    boolean transientTrouble = e.problem() == FetchException.Problem.NETWORK && !unresolved(e);
    if (transientTrouble) {
      return new FetchOutcome.RetryLater(
          retry.retryAt(Optional.empty(), failures, clock.instant()), e.getMessage());
    }
    return new FetchOutcome.Failed(e.getMessage());
  }

  /** A host that does not resolve will not resolve in a minute either. */
  private static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }
}
