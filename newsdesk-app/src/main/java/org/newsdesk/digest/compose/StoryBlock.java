package org.newsdesk.digest.compose;

/**
 * The part of a story's entry that reads the same in every reader's digest (summary, key quote,
 * who, where, claims, link), rendered once per run as escaped HTML and as text: one story goes
 * into thousands of digests. The title, "update:" and the why line are each reader's own.
 */
public record StoryBlock(String html, String text) {}
