package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.InputStream;
import java.net.InetAddress;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.store.Database;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * TLS and login against real servers: implicit TLS (SMTPS) with AUTH against GreenMail, and
 * STARTTLS (required) with AUTH against subethasmtp, since GreenMail's SMTP has no STARTTLS.
 * Both servers use GreenMail's self-signed test certificate, which the client is told to trust.
 */
class SmtpSecurityTest {

  @RegisterExtension
  static final GreenMailExtension smtps = new GreenMailExtension(ServerSetupTest.SMTPS)
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@news.example.org",
          "sender", "s3cret"));

  private Database db;

  @BeforeEach
  void setUp() {
    db = DeliverFixtures.freshDb();
  }

  private static Properties trustTestCertificate() {
    Properties p = new Properties();
    p.put("mail.smtp.ssl.trust", "127.0.0.1");
    p.put("mail.smtp.ssl.checkserveridentity", "false"); // the test certificate names no host
    return p;
  }

  private static MailSettings.Relay relay(int port, boolean startTls, boolean implicitTls,
      String password) {
    return new MailSettings.Relay("127.0.0.1", port, startTls, implicitTls,
        Optional.of("sender"), Optional.of(password));
  }

  @Test
  void implicitTlsWithLoginDelivers() throws Exception {
    long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("ann@example.com", 0));
    DeliverFixtures.sender(db, relay(smtps.getSmtps().getPort(), false, true, "s3cret"),
        trustTestCertificate(), Optional.empty()).drain("test/1");
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("sent");
    assertThat(smtps.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aWrongPasswordIsRetriedNotBouncedAndNothingIsSent() throws Exception {
    long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("ann@example.com", 0));
    DeliverFixtures.sender(db, relay(smtps.getSmtps().getPort(), false, true, "wrong"),
        trustTestCertificate(), Optional.empty()).drain("test/1");
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("queued");
    assertThat(DeliverFixtures.column(db, id, "last_error")).contains("authentication failed");
    assertThat(smtps.getReceivedMessages()).isEmpty();
  }

  @Test
  void startTlsIsRequiredAndLoginHappensInsideIt() throws Exception {
    List<Boolean> securedDeliveries = new CopyOnWriteArrayList<>();
    SMTPServer server = SMTPServer.port(0)
        .bindAddress(InetAddress.getLoopbackAddress())
        .hostName("localhost")
        .enableTLS()
        .requireTLS()
        .requireAuth()
        .startTlsSocketFactory(testCertificate())
        .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
            (user, password, context) -> {
              if (!user.equals("sender") || !password.equals("s3cret")) {
                throw new LoginFailedException();
              }
            }))
        .messageHandler((context, from, to, data) ->
            securedDeliveries.add(context.getTlsPeerCertificates() != null
                || context.getAuthenticationHandler().isPresent()))
        .build();
    server.start();
    try {
      long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("ann@example.com", 0));
      DeliverFixtures.sender(db, relay(server.getPortAllocated(), true, false, "s3cret"),
          trustTestCertificate(), Optional.empty()).drain("test/1");
      assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("sent");
      assertThat(securedDeliveries).containsExactly(true);
    } finally {
      server.stop();
    }
  }

  @Test
  void aRelayWithoutStartTlsGetsNothingWhenStartTlsIsConfigured() throws Exception {
    SMTPServer server = SMTPServer.port(0)
        .bindAddress(InetAddress.getLoopbackAddress())
        .hostName("localhost")
        .messageHandler((context, from, to, data) -> { })
        .build();
    server.start();
    try {
      long id = DeliverFixtures.enqueue(db, DeliverFixtures.digest("ann@example.com", 0));
      DeliverFixtures.sender(db, relay(server.getPortAllocated(), true, false, "s3cret"),
          trustTestCertificate(), Optional.empty()).drain("test/1");
      assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("queued");
      assertThat(DeliverFixtures.column(db, id, "last_error")).containsIgnoringCase("STARTTLS");
    } finally {
      server.stop();
    }
  }

  /** GreenMail's bundled self-signed certificate (password "changeit"). */
  private static SSLContext testCertificate() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = GreenMailExtension.class.getClassLoader()
        .getResourceAsStream("greenmail.p12")) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return ctx;
  }
}
