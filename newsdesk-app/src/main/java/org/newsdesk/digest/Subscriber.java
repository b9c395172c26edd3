package org.newsdesk.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A reader who asked for the daily digest: where it goes, when (their hour in their zone), what
 * they follow, and how far earlier digests covered the news.
 */
public record Subscriber(long id, String email, ZoneId zone, int sendHour, State state,
    Optional<Instant> nextDigestAt, Optional<Instant> coveredUntil, int tokenGeneration,
    List<Follow> follows) {

  /** pending until the emailed link is opened; nothing but the confirmation is sent before. */
  public enum State {
    PENDING, ACTIVE, PAUSED, UNSUBSCRIBED;

    public String dbName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static State of(String dbName) {
      return valueOf(dbName.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Subscriber {
    follows = List.copyOf(follows);
  }
}
