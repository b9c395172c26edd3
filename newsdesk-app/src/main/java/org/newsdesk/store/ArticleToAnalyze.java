package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/** What the analyze stage reads. */
public record ArticleToAnalyze(long id, String url, String body, Optional<Instant> publishedAt) {}
