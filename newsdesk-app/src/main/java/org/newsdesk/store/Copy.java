package org.newsdesk.store;

/**
 * Another place the same article was published.
 *
 * @param kind how we know: {@code canonical} (the page names the same canonical URL), {@code
 *     exact} (same text), {@code near} (a near-copy, e.g. one wire story in two papers)
 * @param similarity estimated Jaccard similarity of the two texts, for {@code near}
 */
public record Copy(long originalId, String url, Long sourceId, String title, String kind,
    Float similarity) {}
