package org.newsdesk.store;

/** A worker tried to finish work whose lease had passed to another worker; nothing was written. */
public final class LeaseLostException extends RuntimeException {
  public LeaseLostException(Claim claim) {
    super("lease on article " + claim.articleId() + " (" + claim.stage().sql()
        + ") is no longer held by " + claim.worker());
  }
}
