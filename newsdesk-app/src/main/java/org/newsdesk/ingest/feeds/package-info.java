/**
 * Feeds in: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 read into plain records, and the
 * OPML lists readers exchange subscriptions in.
 *
 * <p>The front door is small: {@link org.newsdesk.ingest.feeds.FeedParser} (bytes →
 * {@link org.newsdesk.ingest.feeds.FeedParse}: a {@link org.newsdesk.ingest.feeds.ParsedFeed} of
 * {@link org.newsdesk.ingest.feeds.FeedItem}s, or a failure with a message),
 * {@link org.newsdesk.ingest.feeds.OpmlReader} and {@link org.newsdesk.ingest.feeds.OpmlWriter}
 * ({@link org.newsdesk.ingest.feeds.FeedSubscription}s in and out). Everything else is
 * package-private.
 *
 * <p>Reading XML is a pipeline of small stages, each in its own class: {@code XmlDecoding} (bytes
 * → text: the encoding, forbidden characters, the DOCTYPE blanked out), {@code XmlHealer} (HTML
 * entities and bare ampersands; the nesting-depth guard), a strict parse with ROME's secure SAX
 * setup or, for a document that is not well-formed, {@code LenientXml} (jsoup's XML parser),
 * {@code FeedShape} (the dialect drift ROME does not recognise), ROME, and {@code XmlFeedReader}
 * (ROME's model → our records, links resolved with {@code xml:base}).
 *
 * <p>Nothing here throws on bad input, and no value is null: absent values are empty
 * {@link java.util.Optional}s or empty lists. HTML in the records is the feed's, untrusted: pass
 * it through {@link org.newsdesk.ingest.sanitize.HtmlSanitizer} before showing it.
 */
package org.newsdesk.ingest.feeds;
