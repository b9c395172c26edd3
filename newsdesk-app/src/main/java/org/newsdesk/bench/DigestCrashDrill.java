package org.newsdesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.newsdesk.digest.deliver.OutgoingMail;
import org.newsdesk.digest.deliver.ReceivedMail;
import org.newsdesk.digest.deliver.SmtpSink;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;

/**
 * The sender's crash drill: N digests in the outbox, {@code newsdesk digest send} run as a child
 * process against a loopback SMTP server and killed with SIGKILL several times mid-sending, then
 * left to finish. Half the kills land inside the server's DATA handler, after the message is
 * received and before the 250 reply: the worst moment, when the sender cannot know the message
 * arrived and must send it again. Passes when every row is {@code sent} and every recipient
 * received exactly one distinct Message-ID, the one stored with the row; resends of the same
 * Message-ID are counted, not failed (SMTP cannot do better than at-least-once).
 *
 * <p>Empties the outbox and the suppression list of {@code db} first: run it on a drill's own
 * data folder.
 */
public final class DigestCrashDrill {

  /** What the drill saw. */
  public record Result(int mails, int kills, int killsInHandler, int rowsSent,
      Map<String, Integer> states, int received, int distinctMessageIds,
      int recipientsWithOneMessageId, int rowsWhoseMessageIdArrived, Duration elapsed) {

    /** Messages received more than once (same Message-ID): resends after a kill. */
    public int duplicates() {
      return received - distinctMessageIds;
    }

    public boolean passed() {
      return rowsSent == mails && distinctMessageIds == mails
          && recipientsWithOneMessageId == mails && rowsWhoseMessageIdArrived == mails;
    }
  }

  private final Database db;
  private final Path dataDir;
  private final Consumer<String> log;

  /** {@code db}: the store of {@code dataDir}, owned by this process; children connect to it. */
  public DigestCrashDrill(Database db, Path dataDir, Consumer<String> log) {
    this.db = db;
    this.dataDir = dataDir;
    this.log = log;
  }

  public Result run(int mails, int kills, double rate, long seed)
      throws IOException, InterruptedException {
    Random random = new Random(seed);
    long start = System.nanoTime();
    seed(mails);
    Map<String, Set<String>> idsByRecipient = new ConcurrentHashMap<>();
    AtomicInteger received = new AtomicInteger();
    AtomicReference<Process> child = new AtomicReference<>();
    AtomicInteger killAtArrival = new AtomicInteger(-1);
    AtomicInteger killsInHandler = new AtomicInteger();
    Consumer<ReceivedMail> record = mail -> {
      String id = mail.messageId().orElse("(none)");
      for (String r : mail.recipients()) {
        idsByRecipient.computeIfAbsent(r, k -> ConcurrentHashMap.newKeySet()).add(id);
      }
      int n = received.incrementAndGet();
      if (n == killAtArrival.get()) {
        // Received, not yet acknowledged: the sender dies not knowing it went out.
        Process p = child.get();
        p.destroyForcibly();
        try {
          p.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        killsInHandler.incrementAndGet();
      }
    };
    try (SmtpSink server = SmtpSink.start(0, record)) {
      for (int k = 1; k <= kills; k++) {
        boolean inHandler = k % 2 == 1;
        int target = received.get() + 1 + random.nextInt(Math.max(1, mails / (kills + 1)));
        killAtArrival.set(inHandler ? target : -1);
        Process p = send(server.port(), rate);
        child.set(p);
        while (p.isAlive() && received.get() < target) {
          Thread.sleep(2);
        }
        if (!p.isAlive() && received.get() < target) {
          log.accept("run " + k + " finished before its kill (exit " + p.exitValue() + ")");
          continue;
        }
        if (!inHandler) {
          p.destroyForcibly();
        }
        p.waitFor();
        killAtArrival.set(-1);
        log.accept("run " + k + " killed with SIGKILL at message " + target
            + (inHandler ? " inside the DATA handler, before the 250" : ", between messages"));
      }
      Process last = send(server.port(), rate);
      child.set(last);
      if (!last.waitFor(10, TimeUnit.MINUTES)) {
        last.destroyForcibly();
        throw new IllegalStateException("the final run did not finish in 10 minutes");
      }
      log.accept("final run exited with " + last.exitValue());
    }
    return result(mails, kills, killsInHandler.get(), received.get(), idsByRecipient,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private Result result(int mails, int kills, int killsInHandler, int received,
      Map<String, Set<String>> idsByRecipient, Duration elapsed) {
    Map<String, Integer> states = new OutboxStore(db).countByState();
    Set<String> distinct = ConcurrentHashMap.newKeySet();
    idsByRecipient.values().forEach(distinct::addAll);
    List<Map.Entry<String, String>> rows = db.jdbi().withHandle(h -> h.createQuery(
            "select recipient, message_id from outbox")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list());
    int arrived = 0;
    int oneId = 0;
    for (Map.Entry<String, String> row : rows) {
      Set<String> ids = idsByRecipient.getOrDefault(row.getKey(), Set.of());
      if (ids.size() == 1) {
        oneId++;
      }
      if (ids.contains(row.getValue())) {
        arrived++;
      }
    }
    return new Result(mails, kills, killsInHandler, states.get("sent"), states, received,
        distinct.size(), oneId, arrived, elapsed);
  }

  /** N digests, one per reader, bodies of a realistic size. */
  private void seed(int mails) {
    db.jdbi().useHandle(h -> h.execute("truncate outbox, suppression restart identity cascade"));
    OutboxStore outbox = new OutboxStore(db);
    String html = DigestSamples.html(0);
    for (int i = 0; i < mails; i++) {
      outbox.enqueue(new OutgoingMail(Optional.empty(), OutgoingMail.Kind.DIGEST,
          Optional.of(LocalDate.of(2026, 11, 28)), "reader" + i + "@example.com",
          OutgoingMail.newMessageId("news.example.org"), "Your Newsdesk digest #" + i, html,
          "Your Newsdesk digest #" + i + "\n", Map.of("List-Unsubscribe",
              "<https://news.example.org/unsubscribe?t=" + i + ">",
              "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));
    }
    log.accept("seeded " + mails + " digests");
  }

  /** {@code newsdesk digest send} in a child JVM on the same classpath, output to a log file. */
  private Process send(int port, double rate) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.newsdesk.cli.NewsdeskCli",
        "digest", "send", "--data", dataDir.toString(), "--smtp", "127.0.0.1:" + port,
        "--rate", Double.toString(rate)));
    File logFile = dataDir.resolve("digest-drill.log").toFile();
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile))
        .start();
  }
}
