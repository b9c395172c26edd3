package org.newsdesk.digest.compose;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.newsdesk.digest.DigestSchedule;
import org.newsdesk.digest.Follow;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.rank.DigestRanker;
import org.newsdesk.digest.rank.Reader;
import org.newsdesk.digest.rank.SentStory;
import org.newsdesk.store.DigestRunStore;

/**
 * What each of a batch of subscribers gets today: their reader profile (follows resolved, what
 * they were sent), the ranked stories, the composed email — or nothing when nothing is new. Pure
 * reading; storing is the run's business, so a preview plans the same way without storing.
 */
public final class DigestPlanner {

  /** A first digest (nothing covered yet) reaches back this far. */
  public static final Duration FIRST_DIGEST = Duration.ofHours(24);

  /**
   * A subscriber's digest for {@code day}; empty mail when there was nothing new. {@code nanos}:
   * the time ranking and composing it took, for the benchmark's per-digest figures.
   */
  public record Plan(Subscriber subscriber, LocalDate day, Optional<ComposedDigest> digest,
      long nanos) {}

  private final DigestRanker ranker = new DigestRanker();
  private final DigestComposer composer;
  private final int maxStories;

  public DigestPlanner(DigestComposer composer, int maxStories) {
    this.composer = composer;
    this.maxStories = maxStories;
  }

  public List<Plan> plan(Handle h, CandidatePool pool, List<Subscriber> subscribers) {
    long[] subscriberIds = subscribers.stream().mapToLong(Subscriber::id).toArray();
    Map<Long, Map<Long, SentStory>> sent = DigestRunStore.sent(h, subscriberIds, pool.ids());
    List<Follow> allFollows = subscribers.stream().flatMap(s -> s.follows().stream()).toList();
    Map<String, Long> entities = DigestRunStore.resolveEntities(h, allFollows);
    List<Plan> plans = new ArrayList<>(subscribers.size());
    for (Subscriber s : subscribers) {
      long start = System.nanoTime();
      Reader reader = reader(h, pool, s, entities, sent.getOrDefault(s.id(), Map.of()));
      Instant due = s.nextDigestAt().orElse(pool.cutOff());
      LocalDate day = DigestSchedule.localDay(due, s.zone());
      Optional<ComposedDigest> digest =
          composer.compose(s, day, ranker.rank(pool.index(), reader, maxStories),
              pool.blocks());
      plans.add(new Plan(s, day, digest, System.nanoTime() - start));
    }
    return plans;
  }

  private static Reader reader(Handle h, CandidatePool pool, Subscriber s,
      Map<String, Long> entities, Map<Long, SentStory> sent) {
    Instant now = pool.cutOff();
    Instant since = s.coveredUntil().orElse(now.minus(FIRST_DIGEST));
    if (since.isBefore(now.minus(CandidatePool.MAX_LOOKBACK))) {
      since = now.minus(CandidatePool.MAX_LOOKBACK);
    }
    Map<String, Long> own = new HashMap<>();
    Map<String, Set<Long>> searches = new HashMap<>();
    for (Follow f : s.follows()) {
      if (f.kind() == Follow.Kind.ENTITY && entities.containsKey(f.value())) {
        own.put(f.value(), entities.get(f.value()));
      } else if (f.kind() == Follow.Kind.SEARCH) {
        searches.put(f.value(), pool.matching(h, f.value()));
      }
    }
    return new Reader(s.follows(), own, searches, sent, since, now);
  }
}
