package org.newsdesk.story;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One article offered to the {@link StoryGrouper}.
 *
 * @param id the article's id, unique in the stream; a new story is named after its first article
 * @param title the headline (may be empty)
 * @param text the body, plain text (may be empty: headlines alone are grouped too)
 * @param published when it was published, or null when unknown: an undated article ignores the
 *     time window
 * @param source the publisher (a host name or a name), or null when unknown: an article without a
 *     source counts as a source of its own
 */
public record StoryInput(String id, String title, String text, Instant published, String source) {

  public StoryInput {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(published);
  }
}
