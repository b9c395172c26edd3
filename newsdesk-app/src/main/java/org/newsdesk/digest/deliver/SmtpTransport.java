package org.newsdesk.digest.deliver;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * The SMTP side: an Angus Mail session for the relay (STARTTLS required when configured, or
 * implicit TLS; authentication when a username is set; 30 s connect, read and write timeouts so a
 * stalled relay cannot hold a sender), and connections that are reused for a batch.
 */
public final class SmtpTransport {

  static final int TIMEOUT_MILLIS = 30_000;

  private final MailSettings.Relay relay;
  private final Session session;
  private final String protocol;

  public SmtpTransport(MailSettings.Relay relay, String envelopeFrom) {
    this(relay, envelopeFrom, new Properties());
  }

  /** {@code extra}: further session properties (tests trust a self-signed certificate). */
  public SmtpTransport(MailSettings.Relay relay, String envelopeFrom, Properties extra) {
    this.relay = relay;
    this.protocol = relay.implicitTls() ? "smtps" : "smtp";
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.put("mail.transport.protocol", protocol);
    props.put(p + "host", relay.host());
    props.put(p + "port", Integer.toString(relay.port()));
    props.put(p + "from", envelopeFrom); // the envelope sender (bounces go here)
    props.put(p + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "timeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
    if (relay.startTls() && !relay.implicitTls()) {
      props.put(p + "starttls.enable", "true");
      // Required, not opportunistic: a relay that does not offer STARTTLS (or a man in the
      // middle stripping it) must not get the credentials or the mail in clear text.
      props.put(p + "starttls.required", "true");
    }
    if (relay.implicitTls()) {
      props.put(p + "ssl.enable", "true");
    } else {
      // STARTTLS layers TLS over this socket, so it keeps TCP_NODELAY too.
      props.put(p + "socketFactory", new NoDelaySockets());
    }
    if (relay.startTls() || relay.implicitTls()) {
      props.put(p + "ssl.checkserveridentity", "true");
    }
    props.put(p + "auth", Boolean.toString(relay.username().isPresent()));
    extra.forEach((k, v) -> props.put(String.valueOf(k).replace("mail.smtp.", p), v));
    this.session = Session.getInstance(props);
  }

  public Session session() {
    return session;
  }

  public MailSettings.Relay relay() {
    return relay;
  }

  /** A connection, opened on the first send and kept for the next ones. */
  public Connection connect() {
    return new Connection();
  }

  /** One SMTP connection used by one thread for many messages. */
  public final class Connection implements AutoCloseable {

    private Transport transport;

    /** Sends {@code message} to {@code recipients}, (re)connecting when needed. */
    public SendOutcome send(MimeMessage message, Address[] recipients) {
      try {
        if (transport == null || !transport.isConnected()) {
          close();
          transport = session.getTransport(protocol);
          transport.connect(relay.host(), relay.port(), relay.username().orElse(null),
              relay.password().orElse(null));
        }
        transport.sendMessage(message, recipients);
        return new SendOutcome.Sent();
      } catch (MessagingException e) {
        // After a refusal or an I/O error the session's state is uncertain: start afresh.
        close();
        return SmtpErrors.classify(e);
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // QUIT failed on a broken connection: nothing to tidy.
        }
        transport = null;
      }
    }
  }
}
