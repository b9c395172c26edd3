package org.newsdesk.ingest.feeds;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an OPML file: {@link Imported} (perhaps with outlines skipped or a broken
 * document repaired, which {@link Imported#problems} records) or {@link Failed}.
 */
public sealed interface OpmlImport permits OpmlImport.Imported, OpmlImport.Failed {

  /**
   * @param title the document's own title (its head/title)
   * @param subscriptions the feeds, in document order, each URL once
   * @param problems what was skipped or repaired, each naming the outline or position
   */
  record Imported(Optional<String> title, List<FeedSubscription> subscriptions,
      List<String> problems) implements OpmlImport {
    public Imported {
      subscriptions = List.copyOf(subscriptions);
      problems = List.copyOf(problems);
    }
  }

  /** @param message one line naming what is wrong and where */
  record Failed(String message) implements OpmlImport {}
}
