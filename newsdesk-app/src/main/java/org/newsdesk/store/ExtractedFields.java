package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The extract stage's result for one article, and its duplicate keys.
 *
 * @param body the article text, one paragraph or heading a line
 * @param contentHash the exact-duplicate key of the body
 * @param minhash the near-duplicate signature, and its LSH band keys (both empty for texts too
 *     short to compare safely)
 */
public record ExtractedFields(
    Optional<String> title,
    Optional<String> byline,
    Optional<Instant> publishedAt,
    Optional<String> language,
    Optional<String> canonicalUrl,
    Optional<String> leadImage,
    String body,
    String contentHash,
    Optional<byte[]> minhash,
    long[] bands) {}
