package org.newsdesk.ingest.fetch;

import java.net.URI;

/**
 * A page could not be fetched. The message names the URL and says what went wrong in one line;
 * {@link #problem} says what kind of failure it was, for callers that react differently (a CLI
 * picks an exit code, a feed poller decides whether to retry).
 */
public final class FetchException extends Exception {

  public enum Problem {
    /** The URL is not http(s), or its host resolves to an address the guard does not allow. */
    REFUSED,
    /** The host could not be resolved or reached, or it did not answer in time. */
    NETWORK,
    /**
     * The server answered with an error status (4xx, 5xx), an unusable redirect, or a body in a
     * Content-Encoding we did not ask for or that does not decompress.
     */
    HTTP_STATUS,
    /** More redirects than the limit, or a redirect back to a URL already visited. */
    TOO_MANY_REDIRECTS,
    /** The body is larger than the cap, compressed or decompressed; the read was aborted. */
    TOO_LARGE
  }

  private final Problem problem;
  private final URI uri;

  public FetchException(Problem problem, URI uri, String message) {
    this(problem, uri, message, null);
  }

  public FetchException(Problem problem, URI uri, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
    this.uri = uri;
  }

  public Problem problem() {
    return problem;
  }

  /** The URL that failed (after redirects, the hop that failed). */
  public URI uri() {
    return uri;
  }
}
