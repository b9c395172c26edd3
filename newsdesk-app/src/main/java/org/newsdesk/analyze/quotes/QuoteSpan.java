package org.newsdesk.analyze.quotes;

/**
 * Where a quotation stands in the body: {@code open} and {@code close} are the offsets of its
 * marks ({@code close} is the block's end when a quote runs to the end of its paragraph without a
 * closing mark, as news style does for quotes that go on in the next paragraph); {@code start} and
 * {@code end} bound its text.
 */
public record QuoteSpan(int open, int close, int start, int end, boolean closed, boolean direct) {}
