package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One article as its page shows it: metadata, its insight card (JSON, when analyzed), where else
 * it was published, the store ids of the entities its card names (key {@code type|name}), and
 * the licence and attribution it must be shown with.
 */
public record ArticleView(
    ArticleSummary summary,
    Optional<String> byline,
    Optional<String> leadImage,
    Optional<String> error,
    Optional<String> body,
    Optional<String> cardJson,
    List<Copy> copies,
    Map<String, Long> entityIds,
    ArticleCredit credit) {}
