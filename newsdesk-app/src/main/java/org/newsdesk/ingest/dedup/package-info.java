/**
 * Duplicate detection at ingest, as pure functions over plain values the store can persist.
 *
 * <p>Three keys, from cheapest to broadest:
 * <ol>
 *   <li>{@link org.newsdesk.ingest.dedup.UrlCanonicalizer}: the same link under tracking
 *       parameters, case and encoding differences, or the page's declared canonical URL (a
 *       string; policy in {@link org.newsdesk.ingest.dedup.TrackingParameters}).
 *   <li>{@link org.newsdesk.ingest.dedup.ContentFingerprint}: the same body text up to
 *       typography (a SHA-256 hex string and a word count).
 *   <li>{@link org.newsdesk.ingest.dedup.MinHashSignature}: nearly the same body (128 longs, and
 *       band keys for an indexed equality lookup); the rule is
 *       {@link org.newsdesk.ingest.dedup.NearDuplicates}, the lookup is shown by
 *       {@link org.newsdesk.ingest.dedup.NearDuplicateIndex}.
 * </ol>
 *
 * <p>None of this decides that two reports are about the same event: independent articles on one
 * story are not duplicates here, and story clustering groups them.
 */
package org.newsdesk.ingest.dedup;
