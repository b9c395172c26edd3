package org.newsdesk.ingest.fetch;

import java.util.Optional;

/**
 * What a server said about the version of a resource it sent (its {@code ETag} and
 * {@code Last-Modified} headers, verbatim), kept by the caller and sent back on the next fetch so
 * that an unchanged feed costs a 304 instead of the whole body.
 *
 * <p>The values are opaque: a weak ETag ({@code W/"..."}) and a date in any format go back exactly
 * as they came, which is what servers compare against.
 */
public record CacheValidators(Optional<String> etag, Optional<String> lastModified) {

  private static final CacheValidators NONE = new CacheValidators(Optional.empty(),
      Optional.empty());

  /** For a first fetch, or a server that sent neither header. */
  public static CacheValidators none() {
    return NONE;
  }

  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
