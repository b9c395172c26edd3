package org.newsdesk.digest.rank;

import java.util.List;

/**
 * Whether a story is news to a reader: never sent, sent and grown since (with what is new), or
 * sent and unchanged.
 */
public record NoveltyVerdict(State state, List<StoryFact> newFacts, int newArticles) {

  public enum State { NEW, UPDATE, UNCHANGED }

  public NoveltyVerdict {
    newFacts = List.copyOf(newFacts);
  }

  public boolean isUpdate() {
    return state == State.UPDATE;
  }
}
