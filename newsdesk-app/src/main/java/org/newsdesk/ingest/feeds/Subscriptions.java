package org.newsdesk.ingest.feeds;

import java.util.List;

/** Adding a list of subscriptions (an OPML import, the default sources) to wherever sources live. */
public final class Subscriptions {

  /** Adds one subscription; says whether it was new. */
  @FunctionalInterface
  public interface Sink {
    boolean add(FeedSubscription subscription);
  }

  private Subscriptions() {}

  /** Adds every subscription; returns how many were new. */
  public static int addAll(List<FeedSubscription> subscriptions, Sink sink) {
    int created = 0;
    for (FeedSubscription s : subscriptions) {
      if (sink.add(s)) {
        created++;
      }
    }
    return created;
  }
}
