package org.newsdesk.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A story as it stands: a copy, not a live view.
 *
 * @param id the id of its first article
 * @param memberIds its articles' ids, in arrival order
 * @param independentSources distinct sources among members that are not near-copies of an earlier
 *     member: the story's weight
 * @param firstPublished earliest publication time among dated members, if any
 * @param lastPublished latest publication time among dated members, if any
 */
public record StoryView(String id, List<String> memberIds, int independentSources, Optional<Instant> firstPublished,
    Optional<Instant> lastPublished) {

  public StoryView {
    memberIds = List.copyOf(memberIds);
  }
}
