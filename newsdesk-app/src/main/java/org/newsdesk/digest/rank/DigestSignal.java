package org.newsdesk.digest.rank;

/**
 * One reason a story belongs in a reader's digest, scored in [0, 1], with the words the reader
 * sees for it.
 */
public interface DigestSignal {

  /** Short stable name, e.g. {@code follow-match}, for logs and tests. */
  String name();

  SignalScore score(CandidateStory story, Reader reader);

  /**
   * Just the value of {@link #score}: ranking asks it of every candidate for every reader, so
   * signals answer it without building their "why" words.
   */
  default double value(CandidateStory story, Reader reader) {
    return score(story, reader).value();
  }
}
