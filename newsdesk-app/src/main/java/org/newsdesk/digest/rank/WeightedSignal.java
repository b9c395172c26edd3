package org.newsdesk.digest.rank;

/** A signal and its share of the combined score. */
public record WeightedSignal(DigestSignal signal, double weight) {}
