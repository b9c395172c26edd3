package org.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A feed we poll, with what the last polls left behind. */
public record Source(
    long id,
    String url,
    Optional<String> title,
    Optional<String> siteUrl,
    Optional<String> category,
    boolean enabled,
    Optional<String> etag,
    Optional<String> lastModified,
    Duration pollInterval,
    Instant nextPollAt,
    int consecutiveFailures,
    Optional<Instant> lastSuccessAt,
    Optional<String> lastError,
    Optional<Instant> lastErrorAt,
    long itemsSeen) {}
