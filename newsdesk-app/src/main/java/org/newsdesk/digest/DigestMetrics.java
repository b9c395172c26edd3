package org.newsdesk.digest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.digest.deliver.OutboxSender;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.web.Recent;

/**
 * The digest's and the mail's figures on /metrics: messages sent, retried, failed and
 * suppressed by this process's sender, outbox rows by state (all processes'), and digests
 * composed.
 */
public final class DigestMetrics {

  /** The outbox states the gauge always shows, even at zero. */
  static final List<String> OUTBOX_STATES = List.of("queued", "sent", "failed", "suppressed");

  private DigestMetrics() {}

  public static void register(MeterRegistry registry, OutboxSender sender, Database db,
      DigestComposition digests) {
    FunctionCounter.builder("newsdesk_mail_sent", sender, s -> s.counts().sent())
        .description("messages the relay accepted").register(registry);
    FunctionCounter.builder("newsdesk_mail_retried", sender, s -> s.counts().retried())
        .description("sends refused for now, put back to retry later").register(registry);
    FunctionCounter.builder("newsdesk_mail_failed", sender, s -> s.counts().failed())
        .description("messages given up on (refused for good, or too many attempts)")
        .register(registry);
    FunctionCounter.builder("newsdesk_mail_suppressed", sender, s -> s.counts().suppressed())
        .description("messages not sent to a suppressed address").register(registry);
    FunctionCounter.builder("newsdesk_digests_composed", digests,
            DigestComposition::composed)
        .description("digests stored in the outbox").register(registry);
    OutboxStore outbox = new OutboxStore(db);
    // One query per scrape at most, however many states. A gauge holds its object weakly:
    // nothing else holds this one, so the gauge must, or it reads NaN after the next GC.
    Recent<Map<String, Integer>> states = new Recent<>(outbox::countByState,
        Duration.ofSeconds(1));
    for (String state : OUTBOX_STATES) {
      Gauge.builder("newsdesk_outbox_rows", states, s -> s.get().getOrDefault(state, 0))
          .tag("state", state).description("outbox rows by state").strongReference(true)
          .register(registry);
    }
  }
}
