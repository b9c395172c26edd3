package org.newsdesk.digest.rank;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.digest.Follow;

/**
 * A subscriber as ranking sees them: what they follow (entity follows already resolved through
 * merges), what they were sent, and the instant the digest is composed at.
 *
 * @param entityIds followed entity (the follow's value) → the entity it is now (itself, or the
 *     one it was merged into)
 * @param searchMatches saved query → ids of candidate stories whose articles match it
 * @param sent story id → what was last sent of it
 * @param since news up to here was covered before: only stories changed after it are candidates
 * @param now the composition's cut-off
 */
public record Reader(List<Follow> follows, Map<String, Long> entityIds,
    Map<String, Set<Long>> searchMatches, Map<Long, SentStory> sent, Instant since,
    Instant now) {

  public Reader {
    follows = List.copyOf(follows);
    entityIds = Map.copyOf(entityIds);
    searchMatches = Map.copyOf(searchMatches);
    sent = Map.copyOf(sent);
  }

  public boolean followsNothing() {
    return follows.isEmpty();
  }
}
