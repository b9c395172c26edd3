package org.newsdesk.store;

import org.newsdesk.digest.deliver.OutgoingMail;

/**
 * A sender's lease on one outbox row. Finishing it (sent, retry, failed, suppressed) lands only
 * while the lease is still this worker's, so a sender whose lease passed to another cannot
 * overwrite the other's result.
 *
 * @param attempts how many times the row has been claimed, this time included
 */
public record OutboxClaim(long id, int attempts, String worker, OutgoingMail mail) {}
