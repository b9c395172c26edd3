package org.newsdesk.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups articles into stories as they arrive: the front door of story clustering.
 *
 * <h2>The problem</h2>
 * Many sources report one event; a reader wants one story with its weight (how many independent
 * sources carry it), not forty links. Articles stream in, so each must be placed when it arrives,
 * against what came before, in bounded time and memory. The hard cases are the near misses: two
 * earthquakes, two celebrities entering rehab, next month's meeting of the same two leaders —
 * same words, different event.
 *
 * <h2>The approach</h2>
 * Single-pass clustering against active story centroids (the topic detection and tracking recipe,
 * Allan et al. 1998), with the signals that tell near misses apart:
 * <ol>
 *   <li>An article becomes a TF-IDF vector ({@link ArticleTerms}): headline twice, the lead's
 *       first 250 words, damped counts; IDF learnt online from the articles seen so far. Names
 *       and places — capitalised words that do not open a sentence, and runs of them joined into
 *       one term ("betty_ford_center") — count double: they are what differ between two events of
 *       one kind. Capitals in a Title Case Headline are ignored.
 *   <li>Candidates are the active stories whose centroid holds one of the article's 12 heaviest
 *       terms (an inverted index), so the cost is in the candidates, not in the history.
 *   <li>A candidate outside the time window (7 days from its nearest dated member) is skipped.
 *       Undated articles ignore the window.
 *   <li>Similarity is 0.7 × cosine with the centroid + 0.3 × cosine with the nearest of the last
 *       64 members. The best candidate is joined if it reaches 0.25 (0.15 for an article with no
 *       body: a headline shares fewer words with a centroid); otherwise the article starts a story
 *       named after itself.
 *   <li>A member whose 4-word shingles are 60% found in an earlier member is a copy of it
 *       ({@link WordShingles}): it joins with score 1 and adds no source, so a wire story
 *       republished by forty sites weighs one.
 * </ol>
 * Stories are frozen (evicted) once outside the window of the newest date seen and not joined in
 * the last 5,000 arrivals — the second condition keeps a stream out of date order (a backfill, or
 * ECB+, where 2008 and 2013 events interleave) from freezing stories that its late articles
 * belong to; a cap of 20,000 active stories bounds memory regardless.
 *
 * <h2>Figures</h2>
 * {@code ./newsdesk eval stories FILE}, defaults fixed across both sets:
 * <ul>
 *   <li>ECB+ (982 articles, 86 events in 43 topic pairs): BCubed F1 0.841 (P 0.846, R 0.836),
 *       pairwise F1 0.778, 134 stories.
 *   <li>UCI News Aggregator, first 6,366 headlines (87 stories, headlines only): BCubed F1 0.749
 *       (P 0.790, R 0.712), pairwise F1 0.743, 290 stories.
 * </ul>
 * Held out: with the threshold tuned on the odd ECB+ topics alone (best 0.28) the even topics score
 * 0.791; tuned on the even (best 0.25), the odd score 0.820. The curve is flat from 0.22 to 0.28
 * (0.81–0.84 over all topics), so 0.25 sits in the middle of it rather than on a spike.
 *
 * <h2>What was tried</h2>
 * <ul>
 *   <li>Plain TF-IDF centroids: ECB+ 0.83, headlines 0.54 — Title Case headlines turned every
 *       word into a "name"; ignoring capitals there lifted the headlines to 0.66 at 0.25.
 *   <li>Nearest member only (single link): headlines chain into giant stories (precision 0.5);
 *       as the only score it loses on both sets. A 0.3 share helps the headlines (0.71 → 0.75).
 *   <li>The window, on ECB+ (threshold 0.25): 3 days 0.828, 7 days 0.841, 14 days 0.843, 30 days
 *       0.844, none 0.864. ECB+ dates are coarse — 10% of dated articles are a month or more from
 *       their event's median date (follow-ups, dates read from the text) — so any window costs
 *       there; 7 days is kept because a recurring event (a monthly meeting) must make a new story.
 *   <li>Evicting on the stream's clock alone: on ECB+, whose dates jump between years, it froze
 *       stories between two of their articles and fell to 0.50; hence the idle-arrivals condition.
 * </ul>
 * The targets (0.85 on ECB+, 0.90 on the headlines) are not reached. The headlines' gold stories
 * are broad ("stocks", a merger with its market wrap-ups) and a headline alone often lacks any
 * word of its story. On ECB+, 20 of the 21 merging stories join the two events of one topic
 * (12 topics nearly wholesale: 28, 12, 29, 39, 27, 40, 7, 35, 10, 5, 9, 11); the ECB half of each
 * topic is undated, so the window cannot separate it from its dated ECB+ twin years later. 38 of
 * 86 events are split, mostly a few follow-ups beyond the window.
 *
 * <p>Contract: deterministic (same inputs in the same order, same decisions and ids), so the
 * service rebuilds its state by replaying recent articles in order. Not thread-safe: one grouper is
 * called from one thread. No method returns null.
 */
public final class StoryGrouper {

  private final StoryOptions options;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  /** Active stories, least recently joined first (access order is kept by re-inserting). */
  private final LinkedHashMap<String, Story> active = new LinkedHashMap<>();
  /** Term -> active stories whose centroid holds it. */
  private final Map<String, Set<Story>> index = new HashMap<>();
  private Instant clock;
  private long arrivals;

  public StoryGrouper(StoryOptions options) {
    this.options = options;
  }

  public StoryGrouper() {
    this(StoryOptions.defaults());
  }

  /** Decides the article's story, against the stories seen before it, and records it there. */
  public StoryDecision add(StoryInput in) {
    arrivals++;
    Map<String, Double> raw = ArticleTerms.of(in.title(), in.text());
    Map<String, Double> vector = unitTfIdf(raw);
    frequencies.add(raw.keySet());
    WordShingles shingles = WordShingles.of(in.title(), in.text());
    Instant published = in.published();

    Story best = null;
    double bestScore = 0;
    Optional<String> copyOf = Optional.empty();
    List<Story> inWindow = new ArrayList<>();
    for (Story candidate : candidates(vector)) {
      if (candidate.secondsApart(published) > options.window().toSeconds()) {
        continue;
      }
      Optional<String> copy = candidate.copied(shingles, options.copyContainment());
      double score = copy.isPresent() ? 1.0 : similarity(candidate, vector);
      inWindow.add(candidate);
      if (score > bestScore || (score == bestScore && best != null && candidate.id.compareTo(best.id) < 0)) {
        best = candidate;
        bestScore = score;
        copyOf = copy;
      }
    }
    double threshold = in.text().isBlank() ? options.headlineJoinThreshold() : options.joinThreshold();
    boolean joins = best != null && bestScore >= threshold;
    Story story = joins ? best : new Story(in.id(), arrivals);
    if (!joins) {
      bestScore = 0;
      copyOf = Optional.empty();
    }
    String sourceKey = in.source() == null || in.source().isBlank() ? "article:" + in.id() : "source:" + in.source();
    Set<String> before = new HashSet<>(story.centroid.keySet());
    List<String> dropped = story.add(in.id(), shingles, vector, published, sourceKey, copyOf.isPresent(),
        options.centroidTerms(), arrivals);
    reindex(story, before, dropped);
    List<String> absorbed = new ArrayList<>();
    if (joins) {
      story = mergeFragments(story, inWindow, options.mergeRatio() * threshold, absorbed);
    }
    active.remove(story.id);
    active.put(story.id, story);
    advanceClock(published);
    evict();
    return new StoryDecision(story.id, !joins, bestScore, copyOf, story.size(), story.independentSources(), absorbed);
  }

  /**
   * Once an article joined {@code story}, merges into one the other candidate stories (those the
   * article was compared with) whose centroid is now close enough to the story's: a bridging
   * article shows two fragments to be one story. The bigger story survives (the older one on a tie)
   * and takes the other's members, sources and centroid. Returns the survivor; the retired ids
   * go to {@code absorbed}.
   */
  private Story mergeFragments(Story story, List<Story> others, double mergeAt, List<String> absorbed) {
    Story survivor = story;
    for (Story other : others) {
      if (other == survivor || !active.containsKey(other.id)
          || other.secondsApart(survivor) > options.window().toSeconds()
          || survivor.centroidCosine(other) < mergeAt) {
        continue;
      }
      boolean otherSurvives = other.size() > survivor.size()
          || other.size() == survivor.size() && other.created < survivor.created;
      Story keep = otherSurvives ? other : survivor;
      Story gone = otherSurvives ? survivor : other;
      Set<String> before = new HashSet<>(keep.centroid.keySet());
      List<String> dropped = keep.absorb(gone, options.centroidTerms());
      new ArrayList<>(gone.centroid.keySet()).forEach(t -> unindex(gone, t));
      reindex(keep, before, dropped);
      active.remove(gone.id);
      absorbed.add(gone.id);
      survivor = keep;
    }
    return survivor;
  }

  /** The active story with this id. */
  public Optional<StoryView> story(String id) {
    Story s = active.get(id);
    return s == null ? Optional.empty() : Optional.of(s.view());
  }

  /** Active stories, least recently joined first. */
  public List<StoryView> activeStories() {
    List<StoryView> views = new ArrayList<>();
    active.values().forEach(s -> views.add(s.view()));
    return views;
  }

  /**
   * Mostly the centroid's cosine, partly the nearest recent member's: the centroid is robust to one
   * odd member, the nearest member catches a new article that reads like one earlier report.
   */
  private static double similarity(Story s, Map<String, Double> vector) {
    return (1 - NEAREST_MEMBER_SHARE) * s.cosine(vector) + NEAREST_MEMBER_SHARE * s.nearestMember(vector);
  }

  static final double NEAREST_MEMBER_SHARE = 0.3;

  private Map<String, Double> unitTfIdf(Map<String, Double> raw) {
    Map<String, Double> v = new HashMap<>();
    double sq = 0;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      double w = e.getValue() * frequencies.idf(e.getKey());
      v.put(e.getKey(), w);
      sq += w * w;
    }
    double norm = Math.sqrt(sq);
    if (norm > 0) {
      v.replaceAll((t, w) -> w / norm);
    }
    return v;
  }

  /** Stories that share one of the article's heaviest terms, in a deterministic order. */
  private List<Story> candidates(Map<String, Double> vector) {
    List<Map.Entry<String, Double>> terms = new ArrayList<>(vector.entrySet());
    terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Story> found = new java.util.TreeMap<>();
    for (Map.Entry<String, Double> t : terms.subList(0, Math.min(options.queryTerms(), terms.size()))) {
      for (Story s : index.getOrDefault(t.getKey(), Set.of())) {
        found.put(s.id, s);
      }
    }
    return new ArrayList<>(found.values());
  }

  private void reindex(Story story, Set<String> before, List<String> dropped) {
    for (String t : story.centroid.keySet()) {
      if (!before.contains(t)) {
        index.computeIfAbsent(t, k -> new HashSet<>()).add(story);
      }
    }
    for (String t : dropped) {
      unindex(story, t);
    }
  }

  private void unindex(Story story, String term) {
    Set<Story> stories = index.get(term);
    if (stories != null) {
      stories.remove(story);
      if (stories.isEmpty()) {
        index.remove(term);
      }
    }
  }

  private void advanceClock(Instant published) {
    if (published != null && (clock == null || published.isAfter(clock))) {
      clock = published;
    }
  }

  /**
   * Freezes stories that can no longer be joined: none of their dated articles is within the window
   * of the newest date seen, and no article joined them in the last {@link
   * StoryOptions#idleArrivals()} arrivals (so that a backfilled or shuffled stream does not freeze a
   * story its own late articles still belong to). Beyond {@link StoryOptions#maxActiveStories()} the
   * least recently joined story is frozen regardless. Walks from the least recently joined story
   * and stops at the first one joined within the idle bound.
   */
  private void evict() {
    Iterator<Story> it = active.values().iterator();
    while (it.hasNext()) {
      Story s = it.next();
      boolean idle = arrivals - s.lastTouched >= options.idleArrivals();
      if (!idle && active.size() <= options.maxActiveStories()) {
        return;
      }
      boolean stale = clock != null && s.last().map(l -> l.plus(options.window()).isBefore(clock)).orElse(false);
      if (stale || active.size() > options.maxActiveStories()) {
        it.remove();
        s.centroid.keySet().forEach(t -> unindex(s, t));
      }
    }
  }
}
