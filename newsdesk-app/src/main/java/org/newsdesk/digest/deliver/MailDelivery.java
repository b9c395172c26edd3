package org.newsdesk.digest.deliver;

import java.util.Optional;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SinkStore;
import org.newsdesk.store.SuppressionStore;

/**
 * Mail delivery as configured: the sender to the relay, or, with no relay, the built-in sink
 * started and the sender pointed at it. Closing stops both.
 */
public final class MailDelivery implements AutoCloseable {

  private final Optional<SmtpSink> sink;
  private final OutboxSender sender;

  private MailDelivery(Optional<SmtpSink> sink, OutboxSender sender) {
    this.sink = sink;
    this.sender = sender;
  }

  /** Starts the sink if needed; the sender is built but not started. */
  public static MailDelivery open(Database db, MailSettings settings) {
    Optional<SmtpSink> sink = settings.relay().isPresent() ? Optional.empty()
        : Optional.of(SmtpSink.storingIn(new SinkStore(db), settings.sinkPort()));
    try {
      MailSettings.Relay relay = settings.relay().orElseGet(() -> sink.get().relay());
      SmtpTransport transport = new SmtpTransport(relay, envelope(settings.from()));
      MimeMessages messages = new MimeMessages(transport.session(), settings.from(),
          settings.dkim().map(DkimSigning::of));
      OutboxSender sender = new OutboxSender(new OutboxStore(db), new SuppressionStore(db),
          messages, transport, new RateLimiter(settings.messagesPerSecond()));
      return new MailDelivery(sink, sender);
    } catch (RuntimeException e) {
      sink.ifPresent(SmtpSink::close);
      throw e;
    }
  }

  public OutboxSender sender() {
    return sender;
  }

  public Optional<SmtpSink> sink() {
    return sink;
  }

  /** The bare address of {@code from} ("Newsdesk <a@b>" gives "a@b") for MAIL FROM. */
  static String envelope(String from) {
    try {
      return new jakarta.mail.internet.InternetAddress(from, true).getAddress();
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException("mail.from is not an address: " + from, e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      sender.close();
    } finally {
      sink.ifPresent(SmtpSink::close);
    }
  }
}
