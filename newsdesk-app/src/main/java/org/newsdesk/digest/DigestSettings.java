package org.newsdesk.digest;

import java.net.URI;
import java.time.Duration;

/**
 * The daily digest: the address its links point at, how often due subscribers are looked for,
 * how many stories one email holds, and how long the links in it stay valid.
 *
 * @param publicUrl where readers reach this site, e.g. {@code https://news.example.org}; every
 *     link in an email starts with it
 * @param tick how often the digest run looks for subscribers whose hour has come
 * @param maxStories stories in one digest at most
 * @param confirmLinkValidity how long a confirmation link works
 * @param manageLinkValidity how long the manage and unsubscribe links of one email work
 * @param keepSentBodies how long the text of mail done with stays in the outbox (and what the
 *     built-in sink received); the outbox rows themselves stay
 */
public record DigestSettings(URI publicUrl, Duration tick, int maxStories,
    Duration confirmLinkValidity, Duration manageLinkValidity, Duration keepSentBodies) {

  public DigestSettings {
    if (maxStories < 1) {
      throw new IllegalArgumentException("digest.max-stories must be at least 1");
    }
    String url = publicUrl.toString();
    if (url.endsWith("/")) {
      publicUrl = URI.create(url.substring(0, url.length() - 1));
    }
  }

  /** Defaults for a site on {@code publicUrl}. */
  public static DigestSettings defaults(URI publicUrl) {
    return new DigestSettings(publicUrl, Duration.ofMinutes(1), 10, Duration.ofDays(2),
        Duration.ofDays(60), Duration.ofDays(30));
  }
}
