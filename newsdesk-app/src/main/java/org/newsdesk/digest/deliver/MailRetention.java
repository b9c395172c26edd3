package org.newsdesk.digest.deliver;

import java.time.Duration;
import java.time.Instant;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SinkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox from growing without end: a digest's text is only needed until it is sent
 * (and a while after, for an admin looking into a complaint), but 100,000 readers leave ~2 GB of
 * it a day. Past the retention the bodies are emptied, and the built-in sink's old messages go;
 * the outbox rows stay, because the row is what keeps a reader's day to one digest.
 */
public final class MailRetention {

  private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

  /** What one pass removed. */
  public record Pruned(int outboxBodies, int sinkMessages) {}

  private final OutboxStore outbox;
  private final SinkStore sink;
  private final Duration keep;

  public MailRetention(Database db, Duration keep) {
    this.outbox = new OutboxStore(db);
    this.sink = new SinkStore(db);
    this.keep = keep;
  }

  public Pruned prune(Instant now) {
    Instant before = now.minus(keep);
    Pruned p = new Pruned(outbox.dropBodiesBefore(before), sink.deleteBefore(before));
    if (p.outboxBodies() + p.sinkMessages() > 0) {
      log.info("mail older than {}: emptied {} outbox bodies, deleted {} sink messages", keep,
          p.outboxBodies(), p.sinkMessages());
    }
    return p;
  }
}
