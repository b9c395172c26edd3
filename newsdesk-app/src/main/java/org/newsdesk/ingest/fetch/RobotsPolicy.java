package org.newsdesk.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether robots.txt lets us fetch a URL, and how long its site wants between requests.
 *
 * <p>robots.txt is read once per origin (scheme, host and port, as RFC 9309 scopes it) and kept
 * for {@code ttl}; parsing is crawler-commons', matched against our product token "newsdesk". What
 * an unreadable file means follows RFC 9309 §2.3.1 and Google's practice:
 * <ul>
 *   <li>4xx (no file, or forbidden) and more than the redirect limit: no rules, fetch anything;
 *   <li>429, 5xx, no answer, a network error: the site may be down or overloaded, so fetch
 *       nothing from it for now ({@code failureTtl}), or keep obeying the rules read earlier if
 *       there are any, rather than hitting a struggling server with a full crawl.
 * </ul>
 *
 * <p>Thread-safe. Many workers asking about one origin at once cause one robots.txt fetch; the
 * others wait for it. At most {@code maxOrigins} origins are kept, the least recently used
 * dropped first.
 */
final class RobotsPolicy {

  /** Our product token; crawler-commons wants it lower-case. */
  static final String AGENT = "newsdesk";

  /** Fetches a robots.txt; {@link PoliteFetcher} gives one that goes through the throttle. */
  @FunctionalInterface
  interface Source {
    PageFetcher.Answer fetch(URI robotsTxt) throws FetchException, InterruptedException;
  }

  /** What robots.txt says about one URL. */
  sealed interface Verdict {}

  /** Fetch it; wait {@code crawlDelay} (zero when the site names none) between requests. */
  record Allowed(Duration crawlDelay) implements Verdict {}

  record Disallowed(String reason) implements Verdict {}

  /** The site's robots.txt could not be read; ask again at {@code retryAt}. */
  record Unavailable(Instant retryAt, String reason) implements Verdict {}

  /** Rules read (or assumed), or empty with the reason they could not be read. */
  private record Entry(Optional<BaseRobotRules> rules, Instant expires, String trouble) {}

  private final Source source;
  private final Duration ttl;
  private final Duration failureTtl;
  private final Clock clock;
  private final Map<String, Entry> cache;
  private final ConcurrentHashMap<String, CompletableFuture<Entry>> loading =
      new ConcurrentHashMap<>();

  RobotsPolicy(Source source, Duration ttl, Duration failureTtl, int maxOrigins, Clock clock) {
    if (maxOrigins < 1) {
      throw new IllegalArgumentException("maxOrigins must be >= 1; got " + maxOrigins);
    }
    this.source = source;
    this.ttl = ttl;
    this.failureTtl = failureTtl;
    this.clock = clock;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > maxOrigins;
      }
    };
  }

  /**
   * What robots.txt says about {@code uri}, reading it first if it is not cached or has expired.
   *
   * @throws InterruptedException if interrupted while waiting to fetch robots.txt
   */
  Verdict check(URI uri) throws InterruptedException {
    String origin = origin(uri);
    URI robotsTxt = robotsTxt(uri);
    Entry entry = current(origin, robotsTxt);
    if (entry.rules().isEmpty()) {
      return new Unavailable(entry.expires(),
          "cannot read robots.txt for " + uri + " (" + entry.trouble() + "); trying later");
    }
    BaseRobotRules rules = entry.rules().get();
    if (!rules.isAllowed(uri.toString())) {
      return new Disallowed("robots.txt at " + robotsTxt + " does not allow Newsdesk to fetch "
          + uri);
    }
    long delay = rules.getCrawlDelay();
    return new Allowed(delay > 0 ? Duration.ofMillis(delay) : Duration.ZERO);
  }

  private Entry current(String origin, URI robotsTxt) throws InterruptedException {
    while (true) {
      Entry cached = cached(origin);
      if (cached != null && clock.instant().isBefore(cached.expires())) {
        return cached;
      }
      CompletableFuture<Entry> mine = new CompletableFuture<>();
      CompletableFuture<Entry> theirs = loading.putIfAbsent(origin, mine);
      if (theirs != null) {
        try {
          return theirs.join();
        } catch (CompletionException e) {
          continue; // its loader was interrupted; load it ourselves
        }
      }
      try {
        // Another thread may have stored a fresh entry between our look and our claim.
        Entry again = cached(origin);
        Entry fresh = again != null && clock.instant().isBefore(again.expires()) ? again
            : load(robotsTxt, again);
        synchronized (cache) {
          cache.put(origin, fresh);
        }
        mine.complete(fresh);
        return fresh;
      } catch (InterruptedException | RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        loading.remove(origin, mine);
      }
    }
  }

  private Entry cached(String origin) {
    synchronized (cache) {
      return cache.get(origin);
    }
  }

  private Entry load(URI robotsTxt, Entry previous) throws InterruptedException {
    Instant now = clock.instant();
    String trouble;
    try {
      PageFetcher.Answer answer = source.fetch(robotsTxt);
      int status = answer.status();
      if (status >= 200 && status <= 299) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        BaseRobotRules rules = parser.parseContent(robotsTxt.toString(), answer.body(),
            answer.page().mediaType().orElse("text/plain"), List.of(AGENT));
        return new Entry(Optional.of(rules), now.plus(ttl), "");
      }
      if (status >= 400 && status <= 499 && status != 429) {
        return allowAll(now);
      }
      trouble = "the server answered " + status + PageFetcher.reasonPhrase(status);
    } catch (FetchException e) {
      if (e.problem() == FetchException.Problem.TOO_MANY_REDIRECTS) {
        return allowAll(now);
      }
      trouble = e.getMessage();
    }
    Optional<BaseRobotRules> earlier = previous == null ? Optional.empty() : previous.rules();
    return new Entry(earlier, now.plus(failureTtl), trouble);
  }

  private Entry allowAll(Instant now) {
    return new Entry(Optional.of(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL)),
        now.plus(ttl), "");
  }

  /** "https://example.com:443", the scope of one robots.txt. */
  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  static URI robotsTxt(URI uri) {
    try {
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/robots.txt", null,
          null);
    } catch (URISyntaxException e) {
      // The URL was already a valid absolute http(s) URL; its parts make a valid one too.
      throw new IllegalArgumentException("no robots.txt URL for " + uri, e);
    }
  }
}
