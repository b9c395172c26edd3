package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/** How one poll of a source went, and when to poll it next. */
public sealed interface PollResult {

  Instant nextPollAt();

  /** The feed was read; {@code newItems} of its items were new to us. */
  record Read(Optional<String> title, Optional<String> siteUrl, Optional<String> etag,
      Optional<String> lastModified, int newItems, long intervalSeconds, Instant nextPollAt)
      implements PollResult {}

  /** The server said 304: nothing changed since the validators we sent. */
  record Unchanged(Instant nextPollAt) implements PollResult {}

  /** The poll failed; {@code error} says what and where. */
  record Failed(String error, Instant nextPollAt) implements PollResult {}
}
