package org.newsdesk.digest.rank;

import java.util.Set;

/** What a reader was last sent of a story: its size then, and the facts it had told. */
public record SentStory(long storyId, int articles, int independentSources, Set<String> facts) {

  public SentStory {
    facts = Set.copyOf(facts);
  }
}
