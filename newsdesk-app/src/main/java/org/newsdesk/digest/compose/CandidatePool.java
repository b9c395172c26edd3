package org.newsdesk.digest.compose;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.newsdesk.digest.rank.CandidateStory;
import org.newsdesk.digest.rank.FollowIndex;
import org.newsdesk.store.Database;
import org.newsdesk.store.DigestCandidates;
import org.newsdesk.store.DigestRunStore;

/**
 * The stories one run can send, loaded once, and the run's caches: saved-search matches (each
 * distinct query is asked once per run, not once per reader) and the stories' rendered blocks.
 */
public final class CandidatePool {

  /** However long a reader was away, a digest reaches back at most this far. */
  public static final Duration MAX_LOOKBACK = Duration.ofDays(7);

  private final List<CandidateStory> stories;
  private final long[] ids;
  private final FollowIndex index;
  private final Instant cutOff;
  private final Map<String, Set<Long>> searches = new ConcurrentHashMap<>();
  private final StoryBlocks blocks = new StoryBlocks();

  private CandidatePool(List<CandidateStory> stories, Instant cutOff) {
    this.stories = stories;
    this.ids = stories.stream().mapToLong(CandidateStory::id).toArray();
    this.index = new FollowIndex(stories);
    this.cutOff = cutOff;
  }

  /**
   * Stories changed in the {@link #MAX_LOOKBACK} before {@code cutOff}, with the saved searches
   * of the subscribers due then already matched against them.
   */
  public static CandidatePool load(Database db, Instant cutOff) {
    CandidatePool pool = new CandidatePool(new DigestCandidates(db)
        .changedBetween(cutOff.minus(MAX_LOOKBACK), cutOff), cutOff);
    db.jdbi().useHandle(h -> pool.searches.putAll(DigestRunStore.storiesMatching(h,
        DigestRunStore.dueSearches(h, cutOff), pool.ids)));
    return pool;
  }

  public List<CandidateStory> stories() {
    return stories;
  }

  /** The stories indexed by what they can be followed for. */
  public FollowIndex index() {
    return index;
  }

  public long[] ids() {
    return ids;
  }

  public Instant cutOff() {
    return cutOff;
  }

  /** The run's story blocks, each rendered once for all readers. */
  public StoryBlocks blocks() {
    return blocks;
  }

  /** Ids of the pool's stories whose articles match {@code query}. */
  public Set<Long> matching(Handle h, String query) {
    return searches.computeIfAbsent(query, q -> DigestRunStore.storiesMatching(h, q, ids));
  }
}
