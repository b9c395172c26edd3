package org.newsdesk.digest.deliver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How mail leaves: through a configured SMTP relay, or, when none is configured, into the
 * built-in sink an admin reads in the web UI.
 *
 * @param from the From address, e.g. {@code "Newsdesk <digest@news.example.org>"}
 * @param relay the SMTP relay; empty: the built-in sink
 * @param sinkPort the port the built-in sink listens on (loopback); 0 picks a free one
 * @param messagesPerSecond the most messages handed to the relay per second, across threads
 * @param dkim DKIM signing, when a key is configured
 */
public record MailSettings(String from, Optional<Relay> relay, int sinkPort,
    double messagesPerSecond, Optional<Dkim> dkim) {

  /**
   * An SMTP relay. {@code startTls} upgrades the connection (required when set); {@code
   * implicitTls} speaks TLS from the first byte (port 465).
   */
  public record Relay(String host, int port, boolean startTls, boolean implicitTls,
      Optional<String> username, Optional<String> password) {

    /** Without the password, which must not reach a log. */
    @Override
    public String toString() {
      return "Relay[" + host + ":" + port + ", startTls=" + startTls + ", implicitTls="
          + implicitTls + ", username=" + username.orElse("(none)") + ", password="
          + (password.isPresent() ? "(set)" : "(none)") + "]";
    }
  }

  /** DKIM: the signing domain (d=), selector (s=) and the PKCS#8 private key file (PEM or DER). */
  public record Dkim(String domain, String selector, Path privateKey) {}

  public static MailSettings sinkOnly(String from) {
    return new MailSettings(from, Optional.empty(), 0, 20, Optional.empty());
  }
}
