package org.newsdesk.store;

/**
 * A worker's lease on one article's work for one stage. Finishing it (with a result, a retry or
 * a failure) succeeds only while the lease is still this worker's: if it ran out and another
 * worker took the item, the late result is dropped instead of landing twice.
 *
 * @param attempts how many times the item has been claimed, this time included
 */
public record Claim(long articleId, Stage stage, int attempts, String worker) {}
