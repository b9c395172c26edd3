package org.newsdesk.ingest.fetch;

import java.time.Instant;

/**
 * How a {@link PoliteFetcher#fetch} ended. Every case is an ordinary result the caller handles (a
 * feed poller stores the validators, schedules the retry, records the failure); none is thrown.
 * Messages name the URL and say what happened in one line.
 */
public sealed interface FetchOutcome {

  /** The server sent the resource; {@code validators} are what to send next time. */
  record Fetched(FetchedPage page, CacheValidators validators) implements FetchOutcome {}

  /** The server said the resource has not changed since the validators we sent. */
  record NotModified() implements FetchOutcome {}

  /** robots.txt does not let us fetch this URL (or asks for a delay too long to honour). */
  record Disallowed(String reason) implements FetchOutcome {}

  /**
   * A temporary trouble: the server is overloaded or down (429, 5xx), did not answer, or its
   * robots.txt could not be read. Do not ask this URL again before {@code notBefore}.
   */
  record RetryLater(Instant notBefore, String reason) implements FetchOutcome {}

  /**
   * Asking again soon will not help: the URL is refused by the guard, its host does not resolve,
   * the server answered 4xx, the page is not HTML, too large, or redirects in a loop.
   */
  record Failed(String message) implements FetchOutcome {}
}
