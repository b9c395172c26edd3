package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/** An article in a list: enough to show a line and link to it. */
public record ArticleSummary(long id, String url, Optional<String> title, Optional<String> source,
    Optional<Instant> publishedAt, String state) {}
