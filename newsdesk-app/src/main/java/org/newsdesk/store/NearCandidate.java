package org.newsdesk.store;

/** An earlier article that shares an LSH band with a new one, with its signature to verify. */
public record NearCandidate(long articleId, byte[] minhash) {}
