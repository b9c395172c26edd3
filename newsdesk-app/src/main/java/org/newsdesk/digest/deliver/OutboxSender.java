package org.newsdesk.digest.deliver;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.store.OutboxClaim;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SuppressionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: claims due rows (a lease each), skips suppressed addresses, hands each
 * message to the relay over one reused connection per thread at the configured rate, and
 * records the result while the lease is still its own. A permanent refusal fails the row and
 * suppresses the address; a temporary one puts the row back with exponential backoff, until
 * {@link #MAX_ATTEMPTS}.
 *
 * <p>Exactly once is not possible over SMTP: a crash between the relay's 250 and the database
 * update sends the row again on restart. The retry carries the same Message-ID, so the
 * duplicate is recognisable (and most providers collapse it).
 */
public final class OutboxSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  /** Attempts before giving up: with the backoff below, about 21 hours of trying. */
  public static final int MAX_ATTEMPTS = 8;
  static final Duration FIRST_BACKOFF = Duration.ofMinutes(10);
  static final int BATCH = 10;
  /** Long enough for a batch at the slowest (timeouts on every step), short enough to recover. */
  static final Duration LEASE = Duration.ofMinutes(15);
  /** A send in progress gets up to a timeout to finish when stopping. */
  private static final long JOIN_MILLIS = 35_000;

  private final OutboxStore outbox;
  private final SuppressionStore suppressions;
  private final MimeMessages messages;
  private final SmtpTransport transport;
  private final RateLimiter limiter;
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong suppressed = new AtomicLong();

  public OutboxSender(OutboxStore outbox, SuppressionStore suppressions, MimeMessages messages,
      SmtpTransport transport, RateLimiter limiter) {
    this.outbox = outbox;
    this.suppressions = suppressions;
    this.messages = messages;
    this.transport = transport;
    this.limiter = limiter;
  }

  /** Counters since start: sent, retried, failed, suppressed. */
  public record Counts(long sent, long retried, long failed, long suppressed) {}

  public Counts counts() {
    return new Counts(sent.get(), retried.get(), failed.get(), suppressed.get());
  }

  /** This process's worker name: {@code pid@host/name}, as releaseClaimsOfDeadProcesses expects. */
  public static String workerName(String name) {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/" + name;
  }

  /** Releases the claims of dead senders on this host; call once before sending. */
  public int recover() {
    int released = outbox.releaseClaimsOfDeadProcesses();
    if (released > 0) {
      log.info("outbox: released {} row(s) claimed by dead sender processes", released);
    }
    return released;
  }

  /** Sends every row that is due now, then returns how many rows it handled. */
  public int drain(String worker) throws InterruptedException {
    int handled = 0;
    try (SmtpTransport.Connection connection = transport.connect()) {
      while (!Thread.currentThread().isInterrupted()) {
        int n = sendBatch(worker, connection);
        if (n == 0) {
          break;
        }
        handled += n;
      }
    }
    return handled;
  }

  /** Background threads, each with its own connection, polling every {@code idle}. */
  public OutboxSender start(int threadCount, Duration idle) {
    running.set(true);
    for (int i = 0; i < threadCount; i++) {
      String worker = workerName("mail-" + i);
      Thread t = new Thread(() -> loop(worker, idle), "outbox-sender-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    return this;
  }

  private void loop(String worker, Duration idle) {
    while (running.get()) {
      try {
        drain(worker);
        Thread.sleep(idle.toMillis());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // The database away for a moment: try again after the pause rather than die.
        log.warn("outbox sender {}: {}", worker, e.toString());
        try {
          Thread.sleep(idle.toMillis());
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /** Claims and sends one batch over {@code connection}; how many rows were claimed. */
  int sendBatch(String worker, SmtpTransport.Connection connection) throws InterruptedException {
    List<OutboxClaim> claims = outbox.claim(BATCH, worker, LEASE);
    for (OutboxClaim claim : claims) {
      sendOne(claim, connection);
    }
    return claims.size();
  }

  private void sendOne(OutboxClaim claim, SmtpTransport.Connection connection)
      throws InterruptedException {
    OutgoingMail mail = claim.mail();
    String who = "outbox " + claim.id() + " (subscriber "
        + mail.subscriberId().map(String::valueOf).orElse("-") + ", " + mask(mail.recipient())
        + ", attempt " + claim.attempts() + ")";
    Optional<String> suppression = suppressions.reason(mail.recipient());
    if (suppression.isPresent()) {
      finish(outbox.markSuppressed(claim, "suppressed: " + suppression.get()), who);
      suppressed.incrementAndGet();
      log.info("{}: not sent, address suppressed ({})", who, suppression.get());
      return;
    }
    MimeMessage message;
    Address[] to;
    try {
      message = messages.build(mail, Instant.now());
      to = new Address[] {new InternetAddress(mail.recipient(), true)};
    } catch (MessagingException | RuntimeException e) {
      // Nothing a retry would change: the stored row cannot make a message.
      finish(outbox.markFailed(claim, "cannot build the message: " + e.getMessage()), who);
      failed.incrementAndGet();
      log.warn("{}: failed, cannot build the message: {}", who, e.getMessage());
      return;
    }
    limiter.acquire();
    SendOutcome outcome = connection.send(message, to);
    if (outcome instanceof SendOutcome.Sent) {
      sent.incrementAndGet();
      finish(outbox.markSent(claim), who);
      log.info("{}: sent {}", who, mail.messageId());
    } else if (outcome instanceof SendOutcome.Bounced b) {
      failed.incrementAndGet();
      finish(outbox.markFailed(claim, b.error()), who);
      suppressions.add(mail.recipient(), "hard bounce: " + b.error());
      log.warn("{}: failed, refused for good and suppressed: {}", who, b.error());
    } else if (outcome instanceof SendOutcome.Retry r) {
      if (claim.attempts() >= MAX_ATTEMPTS) {
        failed.incrementAndGet();
        finish(outbox.markFailed(claim, r.error()), who);
        suppressions.add(mail.recipient(), "repeated failures: " + r.error());
        log.warn("{}: failed after {} attempts and suppressed: {}", who, claim.attempts(),
            r.error());
      } else {
        retried.incrementAndGet();
        Instant next = Instant.now().plus(backoff(claim.attempts()));
        finish(outbox.retryLater(claim, next, r.error()), who);
        log.info("{}: not sent, retry at {}: {}", who, next, r.error());
      }
    }
  }

  /** 10 min, 20 min, 40 min, … doubling after each attempt (attempt 7: ~10.7 h). */
  static Duration backoff(int attempts) {
    return FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
  }

  private static void finish(boolean recorded, String who) {
    if (!recorded) {
      // The lease ran out and another sender took the row: its result stands; ours would
      // overwrite it. If we sent, the other may send too, with the same Message-ID.
      log.warn("{}: lease lost before the result was recorded", who);
    }
  }

  /** "j***@example.org": enough to tell addresses apart in a log, not enough to harvest. */
  static String mask(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.interrupt();
    }
    for (Thread t : threads) {
      t.join(JOIN_MILLIS);
    }
  }

}
