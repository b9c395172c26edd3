package org.newsdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.newsdesk.digest.DigestSettings;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.digest.compose.DigestPreview;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.digest.deliver.ReceivedMail;
import org.newsdesk.digest.deliver.SmtpSink;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.web.security.ServerSecret;
import org.newsdesk.web.security.Signer;

/**
 * The digest's crash drill, both halves of a day's run, each in child processes killed with
 * SIGKILL several times and restarted:
 *
 * <ol>
 *   <li><b>Composing.</b> A day of real stories and N subscribers due now (a fifth follow only a
 *       place with no news). Before anything runs, the preview says who has news. Then {@code
 *       newsdesk digest run} in small batches is killed each time the outbox has grown by a
 *       random amount — most kills land inside a batch's transaction — and rerun until no one
 *       is due. Passes when every subscriber with news has exactly one digest, no one else has
 *       any, no one is left due, and every stored digest has its stories recorded.
 *   <li><b>Sending.</b> {@code newsdesk digest send} against a loopback SMTP server, killed
 *       mid-sending; half the kills land inside the server's DATA handler, after the message is
 *       received and before the 250 reply: the worst moment, when the sender cannot know the
 *       message arrived and must send it again. Passes when every row is {@code sent} and every
 *       recipient received exactly one distinct Message-ID, the one stored with the row;
 *       resends of the same Message-ID are counted, not failed (SMTP cannot do better than
 *       at-least-once).
 * </ol>
 *
 * <p>Builds its own store: run it on a drill's own, empty data folder.
 */
public final class DigestCrashDrill {

  /** What the composing half left in the store. */
  public record Composed(int subscribers, int withNews, int kills, int runs, int digests,
      int withNewsWithOneDigest, int withoutNewsMailed, int stillDue, int digestsWithoutStories) {

    public boolean passed() {
      return digests == withNews && withNewsWithOneDigest == withNews && withoutNewsMailed == 0
          && stillDue == 0 && digestsWithoutStories == 0;
    }
  }

  /** What the sending half saw. */
  public record Sent(int mails, int kills, int killsInHandler, int rowsSent,
      Map<String, Integer> states, int received, int distinctMessageIds,
      int recipientsWithOneMessageId, int rowsWhoseMessageIdArrived) {

    /** Messages received more than once (same Message-ID): resends after a kill. */
    public int duplicates() {
      return received - distinctMessageIds;
    }

    public boolean passed() {
      return rowsSent == mails && distinctMessageIds == mails
          && recipientsWithOneMessageId == mails && rowsWhoseMessageIdArrived == mails;
    }
  }

  /** Both halves. */
  public record Result(Composed composed, Sent sent, Duration elapsed) {

    public boolean passed() {
      return composed.passed() && sent.passed() && sent.mails() == composed.withNews();
    }
  }

  /** A follow nothing in any corpus matches: its subscribers have no news. */
  private static final String NO_NEWS_PLACE = "ZZ";
  private static final int BATCH = 20;

  private final Database db;
  private final Path shared;
  private final Path dataDir;
  private final Consumer<String> log;

  /**
   * @param db the store of {@code dataDir}, owned by this process; children connect to it
   * @param shared the shared data folder the day's stories are built from
   */
  public DigestCrashDrill(Database db, Path shared, Path dataDir, Consumer<String> log) {
    this.db = db;
    this.shared = shared;
    this.dataDir = dataDir;
    this.log = log;
  }

  public Result run(int subscribers, int kills, double rate, long seed)
      throws IOException, InterruptedException {
    Random random = new Random(seed);
    long start = System.nanoTime();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Set<Long> withNews = prepareDay(subscribers, now, seed);
    Composed composed = compose(now, subscribers, withNews, kills, random);
    log.accept("composing: " + composed);
    Sent sent = send(kills, rate, random);
    return new Result(composed, sent, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The day's stories, the subscribers, and who of them has news, by the preview. */
  private Set<Long> prepareDay(int subscribers, Instant now, long seed) {
    DigestBenchCorpus.Built built = new DigestBenchCorpus(db, seed).build(shared, now);
    BenchSubscribers.insert(db, subscribers, BenchSubscribers.followables(db), now, seed);
    db.jdbi().useTransaction(h -> {
      h.execute("delete from follow where subscriber_id % 5 = 0");
      h.execute("insert into follow (subscriber_id, kind, value, label)"
          + " select id, 'place', ?, 'Nowhere' from subscriber where id % 5 = 0", NO_NEWS_PLACE);
    });
    List<String> ids = db.jdbi().withHandle(h -> h.createQuery(
        "select id::text from subscriber order by id").mapTo(String.class).list());
    DigestComposition composition = new DigestComposition(db,
        DigestSettings.defaults(URI.create("https://news.example.org")),
        MailSettings.sinkOnly("Newsdesk <digest@news.example.org>"),
        new Signer(ServerSecret.of(new byte[32])), Clock.fixed(now, ZoneOffset.UTC));
    Set<Long> withNews = new HashSet<>();
    for (DigestPreview.Preview p : composition.preview().of(ids, now)) {
      if (p.digest().isPresent()) {
        withNews.add(p.subscriber().id());
      }
    }
    log.accept(String.format("seeded %d stories, %d subscribers, %d of them with news",
        built.stories(), ids.size(), withNews.size()));
    return withNews;
  }

  private Composed compose(Instant now, int subscribers, Set<Long> withNews, int kills,
      Random random) throws IOException, InterruptedException {
    int runs = 0;
    for (int k = 1; k <= kills; k++) {
      int stored = outboxRows();
      int target = stored + 1 + random.nextInt(Math.max(1,
          (withNews.size() - stored) / (kills - k + 2)));
      Process p = digestRun(now);
      runs++;
      while (p.isAlive() && outboxRows() < target) {
        Thread.sleep(2);
      }
      if (!p.isAlive()) {
        log.accept("compose run " + k + " finished before its kill (exit " + p.exitValue()
            + ")");
        continue;
      }
      p.destroyForcibly();
      p.waitFor();
      log.accept("compose run " + k + " killed with SIGKILL at " + outboxRows()
          + " digests stored (target " + target + ")");
    }
    // As the timer would: run again until no one is due (a dead run's locks may still be held
    // for a moment by its server session, and SKIP LOCKED passes those subscribers over).
    int finalRuns = 0;
    do {
      Process last = digestRun(now);
      runs++;
      finalRuns++;
      if (!last.waitFor(10, TimeUnit.MINUTES)) {
        last.destroyForcibly();
        throw new IllegalStateException("a final compose run did not finish in 10 minutes");
      }
      log.accept("final compose run exited with " + last.exitValue());
    } while (dueCount(now) > 0 && finalRuns < 5);
    return composedResult(now, subscribers, withNews, kills, runs);
  }

  private Composed composedResult(Instant now, int subscribers, Set<Long> withNews, int kills,
      int runs) {
    Map<Long, Integer> digestsBySubscriber = new java.util.HashMap<>();
    db.jdbi().useHandle(h -> h.createQuery("""
            select subscriber_id, count(*) from outbox where kind = 'digest'
            group by subscriber_id""")
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
        .forEach(e -> digestsBySubscriber.put(e.getKey(), e.getValue())));
    int digests = digestsBySubscriber.values().stream().mapToInt(Integer::intValue).sum();
    int withOne = (int) withNews.stream()
        .filter(id -> digestsBySubscriber.getOrDefault(id, 0) == 1).count();
    int withoutNewsMailed = (int) digestsBySubscriber.keySet().stream()
        .filter(id -> !withNews.contains(id)).count();
    int withoutStories = db.jdbi().withHandle(h -> h.createQuery("""
            select count(*) from outbox o where kind = 'digest'
            and not exists (select 1 from digest_story d where d.outbox_id = o.id)""")
        .mapTo(Integer.class).one());
    return new Composed(subscribers, withNews.size(), kills, runs, digests, withOne,
        withoutNewsMailed, dueCount(now), withoutStories);
  }

  private Sent send(int kills, double rate, Random random)
      throws IOException, InterruptedException {
    int mails = outboxRows();
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
        Process p = digestSend(server.port(), rate);
        child.set(p);
        while (p.isAlive() && received.get() < target) {
          Thread.sleep(2);
        }
        if (!p.isAlive() && received.get() < target) {
          log.accept("send run " + k + " finished before its kill (exit " + p.exitValue() + ")");
          continue;
        }
        if (!inHandler) {
          p.destroyForcibly();
        }
        p.waitFor();
        killAtArrival.set(-1);
        log.accept("send run " + k + " killed with SIGKILL at message " + target
            + (inHandler ? " inside the DATA handler, before the 250" : ", between messages"));
      }
      Process last = digestSend(server.port(), rate);
      child.set(last);
      if (!last.waitFor(10, TimeUnit.MINUTES)) {
        last.destroyForcibly();
        throw new IllegalStateException("the final send run did not finish in 10 minutes");
      }
      log.accept("final send run exited with " + last.exitValue());
    }
    return sentResult(mails, kills, killsInHandler.get(), received.get(), idsByRecipient);
  }

  private Sent sentResult(int mails, int kills, int killsInHandler, int received,
      Map<String, Set<String>> idsByRecipient) {
    Map<String, Integer> states = new OutboxStore(db).countByState();
    Set<String> distinct = new HashSet<>();
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
    return new Sent(mails, kills, killsInHandler, states.getOrDefault("sent", 0), states,
        received, distinct.size(), oneId, arrived);
  }

  private int outboxRows() {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox")
        .mapTo(Integer.class).one());
  }

  private int dueCount(Instant now) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from subscriber where state = 'active' and next_digest_at <= :now")
        .bind("now", now).mapTo(Integer.class).one());
  }

  /** {@code newsdesk digest run} as if it were {@code now}, in small batches. */
  private Process digestRun(Instant now) throws IOException {
    return ChildCli.start(dataDir.resolve("digest-drill.log"),
        List.of("-Xmx1g", "-XX:TieredStopAtLevel=1"), List.of("digest", "run", "--data",
            dataDir.toString(), "--now", now.toString(), "--batch", String.valueOf(BATCH)));
  }

  private Process digestSend(int port, double rate) throws IOException {
    return ChildCli.start(dataDir.resolve("digest-drill.log"),
        List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), List.of("digest", "send", "--data",
            dataDir.toString(), "--smtp", "127.0.0.1:" + port, "--rate", Double.toString(rate)));
  }
}
