package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the extract stage reads: the page, when it was fetched (relative datelines such as "3
 * hours ago" count from it), and what the feed said about it.
 */
public record ArticleToExtract(
    long id,
    String url,
    Optional<Long> sourceId,
    Optional<String> feedTitle,
    Optional<String> feedSummary,
    Optional<Instant> feedPublished,
    RawPage page,
    Instant fetchedAt) {}
