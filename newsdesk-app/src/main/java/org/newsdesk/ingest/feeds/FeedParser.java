package org.newsdesk.ingest.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PageFetcher;

/**
 * Reads a feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1) into a
 * {@link ParsedFeed}. This is the front door of the package; the readers behind it are
 * package-private.
 *
 * <p>Never throws on bad input: a document too large, empty, not XML or JSON, not a feed, or
 * broken beyond repair is a {@link FeedParse.Failed} whose message names what and where; a
 * document that could be repaired is {@link FeedParse.Parsed} with the repairs listed. XML is
 * read without a DOCTYPE, so entity bombs and external entities (XXE) are inert.
 *
 * <p>Thread-safe; one instance serves any number of feeds.
 */
public final class FeedParser {

  /** At most this many problems are recorded per document. */
  public static final int MAX_PROBLEMS = 20;

  /** @param maxBytes documents larger than this are refused unread */
  public record Options(long maxBytes) {
    /** The same cap as a fetched page: 10 MB. */
    public static Options defaults() {
      return new Options(PageFetcher.Limits.defaults().maxBodyBytes());
    }

    public Options {
      if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + "; got " + maxBytes);
      }
    }
  }

  private final Options options;

  public FeedParser() {
    this(Options.defaults());
  }

  public FeedParser(Options options) {
    this.options = options;
  }

  /**
   * Reads a feed.
   *
   * @param body the document's bytes as served
   * @param contentType the HTTP Content-Type, if there was one; its charset wins over the XML
   *     declaration (but not over a byte order mark)
   * @param source the document's URL, which relative links resolve against
   */
  public FeedParse parse(byte[] body, Optional<String> contentType, Optional<URI> source) {
    if (body.length > options.maxBytes()) {
      return tooLarge(body.length + " bytes");
    }
    try {
      Problems problems = new Problems(MAX_PROBLEMS);
      if (JsonFeedReader.looksLikeJson(body, contentType)) {
        return JsonFeedReader.read(body, source, problems);
      }
      return XmlFeedReader.read(body, contentType, source, problems);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug here or in ROME must cost one feed, not the poller.
      return new FeedParse.Failed("cannot read the feed: unexpected " + e);
    }
  }

  /** Reads a feed from a stream, reading at most one byte past the cap. */
  public FeedParse parse(InputStream in, Optional<String> contentType, Optional<URI> source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > options.maxBytes()) {
          return tooLarge("more than " + megabytes(options.maxBytes()));
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      return new FeedParse.Failed("cannot read the feed: " + e.getMessage());
    }
    return parse(out.toByteArray(), contentType, source);
  }

  /**
   * Reads a fetched feed, with the media type and the charset its Content-Type declared (none
   * declared: byte order mark, then XML declaration, then UTF-8).
   */
  public FeedParse parse(FetchedPage page) {
    Optional<String> contentType = page.mediaType().map(type ->
        page.charset().map(charset -> type + "; charset=" + charset.name()).orElse(type));
    return parse(page.body(), contentType, Optional.of(page.finalUri()));
  }

  private FeedParse tooLarge(String size) {
    return new FeedParse.Failed("the feed is too large: " + size + "; the cap is "
        + megabytes(options.maxBytes()));
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
