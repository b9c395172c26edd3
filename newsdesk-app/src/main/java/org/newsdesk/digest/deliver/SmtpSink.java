package org.newsdesk.digest.deliver;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsdesk.store.SinkStore;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in SMTP sink: an SMTP server on loopback that accepts every message and hands it to
 * a consumer (by default: stored in {@code sink_message} for the admin's /admin/mail). With no
 * relay configured the sender delivers here, so nothing leaves the machine and the whole path,
 * SMTP included, is the one used in production.
 */
public final class SmtpSink implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SmtpSink.class);

  private final SMTPServer server;

  private SmtpSink(SMTPServer server) {
    this.server = server;
  }

  /**
   * A sink on 127.0.0.1:{@code port} (0: a free port) storing into {@code store}; on a free port
   * when that one is taken.
   */
  public static SmtpSink storingIn(SinkStore store, int port) {
    return startPreferring(port, mail -> store.store(mail.mailFrom(), mail.recipients(), mail.messageId(),
        mail.subject(), mail.raw()));
  }

  /**
   * {@link #start} on {@code port}, or on a free port when another program holds it: only Newsdesk
   * itself sends to its sink (through {@link #relay()}, which names the port it got), so a second
   * {@code serve} on another data folder, or another program on 2525, must not stop the service.
   */
  static SmtpSink startPreferring(int port, Consumer<ReceivedMail> delivery) {
    try {
      return start(port, delivery);
    } catch (RuntimeException e) {
      if (port == 0 || !portTaken(e)) {
        throw e;
      }
      log.warn("SMTP sink: port {} is taken ({}); listening on a free port instead", port, e.getMessage());
      return start(0, delivery);
    }
  }

  private static boolean portTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sink on 127.0.0.1:{@code port} handing each message to {@code delivery} before the 250
   * reply: a message is acknowledged only once it is stored.
   */
  public static SmtpSink start(int port, Consumer<ReceivedMail> delivery) {
    SMTPServer server = SMTPServer.port(port)
        .bindAddress(InetAddress.getLoopbackAddress())
        .hostName("localhost") // no reverse look-up of this host at start
        .softwareName("Newsdesk sink")
        .maxMessageSize(25 * 1024 * 1024)
        .messageHandlerFactory(context -> new Handler(delivery))
        .build();
    server.start();
    SmtpSink sink = new SmtpSink(server);
    log.info("SMTP sink listening on 127.0.0.1:{}", sink.port());
    return sink;
  }

  public int port() {
    return server.getPortAllocated();
  }

  /** The relay to give the sender: this sink, plain SMTP, no login. */
  public MailSettings.Relay relay() {
    return new MailSettings.Relay("127.0.0.1", port(), false, false, java.util.Optional.empty(),
        java.util.Optional.empty());
  }

  @Override
  public void close() {
    server.stop();
  }

  private static final class Handler implements MessageHandler {
    private final Consumer<ReceivedMail> delivery;
    private final List<String> recipients = new ArrayList<>();
    private String from = "";

    Handler(Consumer<ReceivedMail> delivery) {
      this.delivery = delivery;
    }

    @Override
    public void from(String from) {
      this.from = from;
    }

    @Override
    public void recipient(String recipient) {
      recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
      byte[] raw = data.readAllBytes();
      try {
        delivery.accept(new ReceivedMail(from, recipients, raw));
      } catch (RuntimeException e) {
        log.warn("SMTP sink could not store a message: {}", e.toString());
        throw new RejectException(451, "4.3.0 cannot store the message now");
      }
      return null;
    }

    @Override
    public void done() {}
  }
}
