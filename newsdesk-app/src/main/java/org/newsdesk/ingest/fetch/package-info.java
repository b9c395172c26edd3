/**
 * Fetching feeds and article pages from the open web, safely and politely.
 *
 * <p>The front door is {@link org.newsdesk.ingest.fetch.PoliteFetcher}: one URL, the
 * {@link org.newsdesk.ingest.fetch.CacheValidators} from its last fetch and a
 * {@link org.newsdesk.ingest.fetch.FetchPurpose} in, one
 * {@link org.newsdesk.ingest.fetch.FetchOutcome} out, never an exception for a network or server
 * problem. Two pure functions help the poller schedule: {@link
 * org.newsdesk.ingest.fetch.PollInterval} (when to poll a feed again) and {@link
 * org.newsdesk.ingest.fetch.RetryPolicy} (when to come back after a failure).
 * {@link org.newsdesk.ingest.fetch.PageFetcher} fetches a single URL for the CLI, throwing a
 * {@link org.newsdesk.ingest.fetch.FetchException}; {@link org.newsdesk.ingest.fetch.UrlGuard}
 * keeps both out of private networks.
 *
 * <p>Inside, each concern is one package-private class: {@code RobotsPolicy} (robots.txt, cached
 * per origin), {@code HostThrottle} (requests per host at once, delay between them) and
 * {@code BodyDecompressor} (gzip and deflate under the size cap).
 */
package org.newsdesk.ingest.fetch;
