package org.newsdesk.ingest.feeds;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The outcome of reading one feed document: {@link Parsed} (perhaps after recovering from
 * ill-formed input, which {@link Parsed#problems} then records) or {@link Failed}. Bad input is an
 * outcome, never an exception: a poller records it on the source and moves on to the next one.
 */
public sealed interface FeedParse permits FeedParse.Parsed, FeedParse.Failed {

  /**
   * @param charset the character encoding the document was decoded with
   * @param problems what was wrong with the document and was worked around, each naming where
   *     (at most {@link FeedParser#MAX_PROBLEMS}); empty for a clean document
   */
  record Parsed(ParsedFeed feed, Charset charset, List<String> problems) implements FeedParse {
    public Parsed {
      problems = List.copyOf(problems);
    }

    /** Whether the document was ill-formed or mislabelled and had to be repaired to be read. */
    public boolean recovered() {
      return !problems.isEmpty();
    }
  }

  /** @param message one line naming what is wrong and where (line and column when known) */
  record Failed(String message) implements FeedParse {}
}
