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
 * Groups articles into stories as they arrive.
 *
 * <p>DESIGN NOTE: to be written with the figures.
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
    for (Story candidate : candidates(vector)) {
      if (candidate.secondsApart(published) > options.window().toSeconds()) {
        continue;
      }
      Optional<String> copy = candidate.copied(shingles, options.copyContainment());
      double score = copy.isPresent() ? 1.0 : similarity(candidate, vector);
      if (score > bestScore || (score == bestScore && best != null && candidate.id.compareTo(best.id) < 0)) {
        best = candidate;
        bestScore = score;
        copyOf = copy;
      }
    }
    double threshold = in.text().isBlank() ? options.headlineJoinThreshold() : options.joinThreshold();
    boolean joins = best != null && bestScore >= threshold;
    Story story = joins ? best : new Story(in.id());
    if (!joins) {
      bestScore = 0;
      copyOf = Optional.empty();
    }
    String sourceKey = in.source() == null || in.source().isBlank() ? "article:" + in.id() : "source:" + in.source();
    Set<String> before = new HashSet<>(story.centroid.keySet());
    List<String> dropped = story.add(in.id(), shingles, vector, published, sourceKey, copyOf.isPresent(),
        options.centroidTerms(), arrivals);
    reindex(story, before, dropped);
    active.remove(story.id);
    active.put(story.id, story);
    advanceClock(published);
    evict();
    return new StoryDecision(story.id, !joins, bestScore, copyOf, story.size(), story.independentSources());
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
