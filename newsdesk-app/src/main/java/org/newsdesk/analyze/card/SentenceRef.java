package org.newsdesk.analyze.card;

/** The provenance of a fact: which sentence it came from, by index and character offsets. */
public record SentenceRef(int index, int start, int end) {}
