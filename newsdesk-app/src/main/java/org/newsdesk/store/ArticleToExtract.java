package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/** What the extract stage reads: the page and what the feed said about it. */
public record ArticleToExtract(
    long id,
    String url,
    Optional<Long> sourceId,
    Optional<String> feedTitle,
    Optional<String> feedSummary,
    Optional<Instant> feedPublished,
    RawPage page) {}
