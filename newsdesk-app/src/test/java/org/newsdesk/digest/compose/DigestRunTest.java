package org.newsdesk.digest.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.digest.DigestFixture;
import org.newsdesk.digest.DigestSchedule;
import org.newsdesk.digest.Follow;
import org.newsdesk.store.EntityCorrections;

/** The due run against the store: once per subscriber and day, whatever happens. */
class DigestRunTest {

  private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
  private DigestFixture store;

  @BeforeEach
  void fresh() {
    store = DigestFixture.fresh();
  }

  @Test
  void aSubscriberWithNothingNewGetsNoEmailButMovesOnToTomorrow() {
    long quiet = store.subscriber("quiet@example.org", "UTC", 7, NOW, NOW.minusSeconds(86400),
        new Follow(Follow.Kind.PLACE, "IS", "Iceland"));
    store.story("Election in France", 5, NOW.minusSeconds(3600));

    DigestRun.Result result = store.run(50, 1, DigestRun.Hook.NONE).runDue(NOW);

    assertThat(result.digests()).isZero();
    assertThat(result.nothingNew()).isEqualTo(1);
    assertThat(store.outboxRows(quiet)).isZero();
    assertThat(store.nextDigestAt(quiet)).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void aDigestHoldsTheFollowedStoryAndRecordsWhatItSent() {
    long launch = store.story("North Korea missile launch", 14, NOW.minusSeconds(3600));
    long entity = store.mention(launch, "North Korea", "COUNTRY");
    store.story("Election in France", 20, NOW.minusSeconds(3600));
    long reader = store.subscriber("reader@example.org", "UTC", 7, NOW, null,
        new Follow(Follow.Kind.ENTITY, String.valueOf(entity), "North Korea"));

    store.run(50, 1, DigestRun.Hook.NONE).runDue(NOW);

    assertThat(store.textBodies(reader)).singleElement().asString()
        .contains("North Korea missile launch", "you follow North Korea",
            "14 independent sources")
        .doesNotContain("Election in France");
    int recorded = store.db().jdbi().withHandle(h -> h.createQuery(
            "select count(*) from digest_story where subscriber_id = :s and story_id = :st")
        .bind("s", reader).bind("st", launch).mapTo(Integer.class).one());
    assertThat(recorded).isEqualTo(1);
  }

  @Test
  void aFollowOfAnEntityMergedAwayStillMatchesThroughItsAlias() {
    long launch = store.story("Missile launch", 3, NOW.minusSeconds(3600));
    long kim = store.mention(launch, "Kim Jong-Un", "PERSON");
    long other = store.story("Kim visits Moscow", 3, NOW.minusSeconds(1800));
    long kimVariant = store.mention(other, "Kim Jong Un", "PERSON");
    long reader = store.subscriber("r@example.org", "UTC", 7, NOW, null,
        new Follow(Follow.Kind.ENTITY, String.valueOf(kimVariant), "Kim Jong Un"));
    new EntityCorrections(store.db()).merge(kimVariant, kim);

    store.run(50, 1, DigestRun.Hook.NONE).runDue(NOW);

    assertThat(store.textBodies(reader)).singleElement().asString()
        .contains("Missile launch", "Kim visits Moscow");
  }

  @Test
  void aStorySentYesterdayComesBackOnlyAsAnUpdateNamingWhatIsNew() {
    long story = store.story("Arms deal", 4, NOW.minusSeconds(3600));
    store.denial(store.firstArticle(story), "the talks failed", "Reuters", "Pyongyang");
    long unchanged = store.story("Quiet story", 4, NOW.minusSeconds(3600));
    long reader = store.subscriber("r@example.org", "UTC", 7, NOW, null);
    store.run(50, 1, DigestRun.Hook.NONE).runDue(NOW);

    Instant tomorrow = NOW.plus(Duration.ofDays(1));
    long article = store.grow(story, tomorrow.minusSeconds(3600));
    store.denial(article, "the arms deal", "United States", "Moscow");
    store.db().jdbi().useHandle(h -> h.execute(
        "update story set updated_at = ? where id = ?", tomorrow.minusSeconds(1800), unchanged));
    store.run(50, 1, DigestRun.Hook.NONE).runDue(tomorrow);

    List<String> texts = store.textBodies(reader);
    assertThat(texts).hasSize(2);
    assertThat(texts.get(1)).contains("Update: Arms deal", "update: Moscow denies “the arms deal”")
        .doesNotContain("Quiet story");
  }

  @Test
  void runningTheSameDueRunTwiceStoresOneDigestPerSubscriber() {
    store.story("Big story", 8, NOW.minusSeconds(3600));
    for (int i = 0; i < 5; i++) {
      store.subscriber("r" + i + "@example.org", "UTC", 7, NOW, null);
    }

    DigestRun.Result first = store.run(2, 1, DigestRun.Hook.NONE).runDue(NOW);
    DigestRun.Result second = store.run(2, 1, DigestRun.Hook.NONE).runDue(NOW);

    assertThat(first.digests()).isEqualTo(5);
    assertThat(second.digests()).isZero();
    assertThat(store.outboxRows()).isEqualTo(5);
  }

  @Test
  void twoRunsAtOnceOnTwoConnectionsStoreOneDigestPerSubscriber() throws Exception {
    store.story("Big story", 8, NOW.minusSeconds(3600));
    int readers = 40;
    for (int i = 0; i < readers; i++) {
      store.subscriber("r" + i + "@example.org", "UTC", 7, NOW, null);
    }
    CountDownLatch start = new CountDownLatch(1);
    DigestRun a = store.run(3, 2, DigestRun.Hook.NONE);
    DigestRun b = store.run(3, 2, DigestRun.Hook.NONE);

    var ra = CompletableFuture.supplyAsync(() -> await(start, () -> a.runDue(NOW)));
    var rb = CompletableFuture.supplyAsync(() -> await(start, () -> b.runDue(NOW)));
    start.countDown();

    assertThat(ra.get().digests() + rb.get().digests()).isEqualTo(readers);
    int perSubscriberDay = store.db().jdbi().withHandle(h -> h.createQuery(
            "select max(n) from (select count(*) n from outbox group by subscriber_id, digest_day) c")
        .mapTo(Integer.class).one());
    assertThat(perSubscriberDay).isEqualTo(1);
    assertThat(store.outboxRows()).isEqualTo(readers);
  }

  @Test
  void aRunCrashingMidBatchLeavesNoHalfDigestAndTheRerunSendsEachOnce() {
    store.story("Big story", 8, NOW.minusSeconds(3600));
    for (int i = 0; i < 5; i++) {
      store.subscriber("r" + i + "@example.org", "UTC", 7, NOW, null);
    }
    AtomicInteger planned = new AtomicInteger();
    DigestRun.Hook crashAfterThree = s -> {
      if (planned.incrementAndGet() == 3) {
        throw new IllegalStateException("simulated crash");
      }
    };

    assertThatThrownBy(() -> store.run(2, 1, crashAfterThree).runDue(NOW))
        .hasMessageContaining("simulated crash");
    assertThat(store.outboxRows()).isEqualTo(2);
    int storiesRecorded = store.db().jdbi().withHandle(h -> h.createQuery(
        "select count(*) from digest_story").mapTo(Integer.class).one());
    assertThat(storiesRecorded).isEqualTo(2);

    DigestRun.Result rerun = store.run(2, 1, DigestRun.Hook.NONE).runDue(NOW);

    assertThat(rerun.digests()).isEqualTo(3);
    assertThat(store.outboxRows()).isEqualTo(5);
  }

  @Test
  void aDigestAlreadyInTheOutboxIsNotStoredAgainWhenTheSubscriberIsDueOnceMore() {
    store.story("Big story", 8, NOW.minusSeconds(3600));
    long reader = store.subscriber("r@example.org", "UTC", 7, NOW, null);
    store.run(5, 1, DigestRun.Hook.NONE).runDue(NOW);
    // As if the subscriber and what they were sent had been restored from before the run, the
    // outbox kept: the digest of that day must not be stored twice.
    store.db().jdbi().useHandle(h -> {
      h.execute("update subscriber set next_digest_at = ?, covered_until = null where id = ?",
          NOW, reader);
      h.execute("delete from digest_story where subscriber_id = ?", reader);
    });

    DigestRun.Result again = store.run(5, 1, DigestRun.Hook.NONE).runDue(NOW.plusSeconds(60));

    assertThat(again.alreadyStored()).isEqualTo(1);
    assertThat(store.outboxRows(reader)).isEqualTo(1);
    assertThat(store.nextDigestAt(reader))
        .isEqualTo(DigestSchedule.nextAfter(NOW.plusSeconds(60), java.time.ZoneOffset.UTC, 7));
  }

  private static <T> T await(CountDownLatch start, java.util.function.Supplier<T> work) {
    try {
      start.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return work.get();
  }
}
