package org.newsdesk.bench;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.digest.deliver.DkimSigning;
import org.newsdesk.digest.deliver.MimeMessages;
import org.newsdesk.digest.deliver.OutgoingMail;
import org.newsdesk.digest.deliver.SendOutcome;
import org.newsdesk.digest.deliver.SmtpSink;
import org.newsdesk.digest.deliver.SmtpTransport;

/**
 * How fast digests go over SMTP: M digests (~30 KB HTML each) built as MIME (and DKIM-signed if
 * asked) and handed over loopback to the built-in sink, which counts them without storing, with
 * 1 and with 2 connections. The rate limiter is left out: it measures the path, not the policy.
 */
public final class SmtpBenchmark {

  /** One run's figures. */
  public record Result(int connections, int messages, long bytes, Duration elapsed) {
    public double messagesPerSecond() {
      return messages / (elapsed.toNanos() / 1e9);
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / (elapsed.toNanos() / 1e9);
    }
  }

  private SmtpBenchmark() {}

  public static Result run(int messages, int connections, boolean dkim) throws Exception {
    AtomicInteger received = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    try (SmtpSink sink = SmtpSink.start(0, mail -> {
      received.incrementAndGet();
      bytes.addAndGet(mail.raw().length);
    })) {
      SmtpTransport transport = new SmtpTransport(sink.relay(), "digest@news.example.org");
      MimeMessages mime = new MimeMessages(transport.session(),
          "Newsdesk <digest@news.example.org>", dkim ? Optional.of(signing()) : Optional.empty());
      List<OutgoingMail> samples = new ArrayList<>();
      for (int v = 0; v < 8; v++) {
        samples.add(new OutgoingMail(Optional.empty(), OutgoingMail.Kind.DIGEST,
            Optional.of(LocalDate.of(2026, 11, 28)), "reader" + v + "@example.com",
            OutgoingMail.newMessageId("news.example.org"), "Your Newsdesk digest — Zürich",
            DigestSamples.html(v), "Your Newsdesk digest\n" + "A story. ".repeat(400),
            Map.of("List-Unsubscribe", "<https://news.example.org/unsubscribe?t=" + v + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));
      }
      AtomicInteger next = new AtomicInteger();
      List<Thread> threads = new ArrayList<>();
      List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      long start = System.nanoTime();
      for (int c = 0; c < connections; c++) {
        Thread t = new Thread(() -> {
          try (SmtpTransport.Connection connection = transport.connect()) {
            int i;
            while ((i = next.getAndIncrement()) < messages) {
              OutgoingMail mail = samples.get(i % samples.size());
              MimeMessage m = mime.build(mail, Instant.now());
              SendOutcome outcome = connection.send(m,
                  new Address[] {new InternetAddress(mail.recipient())});
              if (!(outcome instanceof SendOutcome.Sent)) {
                throw new IllegalStateException("not sent: " + outcome);
              }
            }
          } catch (Exception e) {
            failures.add(e);
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
      if (received.get() != messages) {
        throw new IllegalStateException("sent " + messages + ", received " + received.get());
      }
      return new Result(connections, messages, bytes.get(), elapsed);
    }
  }

  private static DkimSigning signing() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return new DkimSigning("news.example.org", "bench",
        (RSAPrivateKey) g.generateKeyPair().getPrivate());
  }
}
