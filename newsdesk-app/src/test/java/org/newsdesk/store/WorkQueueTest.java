package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

  private Database db;
  private ArticleStore articles;
  private WorkQueue queue;

  @BeforeEach
  void setUp() {
    db = TestStore.fresh();
    articles = new ArticleStore(db);
    queue = new WorkQueue(db);
  }

  private long discover(String url) {
    return articles.discover(new NewArticle(url, Optional.empty(), "url", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).orElseThrow();
  }

  @Test
  void aUrlSeenTwiceIsOneArticleWithOneQueuedFetch() {
    long id = discover("https://example.com/a");
    Optional<Long> again = articles.discover(new NewArticle("https://example.com/a",
        Optional.empty(), "feed", Optional.empty(), Optional.of("A"), Optional.empty(), Optional.empty(),
        Optional.empty()));
    assertThat(again).isEmpty();
    assertThat(queue.backlog()).containsEntry(Stage.FETCH, 1);
    assertThat(queue.claim(Stage.FETCH, 10, "w", Duration.ofMinutes(1)))
        .extracting(Claim::articleId).containsExactly(id);
  }

  @Test
  void concurrentWorkersNeverClaimTheSameItem() throws Exception {
    for (int i = 0; i < 200; i++) {
      discover("https://example.com/" + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      String worker = "w" + w;
      results.add(pool.submit(() -> {
        List<Long> mine = new ArrayList<>();
        List<Claim> batch;
        while (!(batch = queue.claim(Stage.FETCH, 7, worker, Duration.ofMinutes(1))).isEmpty()) {
          batch.forEach(c -> mine.add(c.articleId()));
        }
        return mine;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();
    Set<Long> distinct = new HashSet<>(all);
    assertThat(all).hasSize(200);
    assertThat(distinct).hasSize(200);
  }

  @Test
  void anExpiredLeaseComesBackAndTheLateWorkerCannotFinish() throws Exception {
    long id = discover("https://example.com/a");
    Claim first = queue.claim(Stage.FETCH, 1, "crashed", Duration.ofSeconds(1)).get(0);
    assertThat(queue.claim(Stage.FETCH, 1, "other", Duration.ofMinutes(1))).isEmpty();
    Thread.sleep(1500);
    Claim second = queue.claim(Stage.FETCH, 1, "other", Duration.ofMinutes(1)).get(0);
    assertThat(second.articleId()).isEqualTo(id);
    assertThat(second.attempts()).isEqualTo(2);

    RawPage page = new RawPage("https://example.com/a", 200, Optional.of("text/html"),
        Optional.empty(), "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> articles.completeFetch(first, page))
        .isInstanceOf(LeaseLostException.class);
    assertThat(queue.backlog()).containsEntry(Stage.EXTRACT, 0);

    articles.completeFetch(second, page);
    assertThat(queue.backlog()).containsEntry(Stage.FETCH, 0).containsEntry(Stage.EXTRACT, 1);
    assertThat(new String(articles.forExtraction(id).page().body(), StandardCharsets.UTF_8))
        .isEqualTo("<p>hello</p>");
  }

  @Test
  void retryLaterHidesTheItemUntilItsTime() {
    discover("https://example.com/a");
    Claim c = queue.claim(Stage.FETCH, 1, "w", Duration.ofMinutes(1)).get(0);
    queue.retryLater(c, java.time.Instant.now().plusSeconds(3600), "503 from example.com");
    assertThat(queue.claim(Stage.FETCH, 1, "w", Duration.ofMinutes(1))).isEmpty();
    assertThat(queue.backlog()).containsEntry(Stage.FETCH, 1);
  }

  @Test
  void claimsOfAProcessThatDiedOnThisHostComeBackAtOnce() throws Exception {
    discover("https://example.com/a");
    discover("https://example.com/b");
    String self = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    String host = self.substring(self.indexOf('@') + 1);
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    queue.claim(Stage.FETCH, 1, dead.pid() + "@" + host + "/fetch-0", Duration.ofMinutes(10));
    queue.claim(Stage.FETCH, 1, self + "/fetch-0", Duration.ofMinutes(10));

    assertThat(queue.releaseClaimsOfDeadProcesses()).isEqualTo(1);
    assertThat(queue.claim(Stage.FETCH, 5, "next", Duration.ofMinutes(1))).hasSize(1);
  }
}
