package org.newsdesk.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One active story: its members, sources and centroid. Mutable; owned by one {@link StoryGrouper}. */
final class Story {

  final String id;
  private final List<String> memberIds = new ArrayList<>();
  private final CopyIndex copies = new CopyIndex();
  /** The latest members' unit vectors, for the nearest-member similarity. */
  private final java.util.ArrayDeque<Map<String, Double>> recentVectors = new java.util.ArrayDeque<>();
  static final int RECENT_MEMBERS = 64;
  private final Set<String> independentSources = new HashSet<>();
  /** Sum of members' unit TF-IDF vectors (weights fixed at each member's arrival), pruned. */
  final Map<String, Double> centroid = new HashMap<>();
  private double centroidNorm;
  private Instant first;
  private Instant last;
  /** Arrival number of the latest member: the least recently joined story is evicted first. */
  long lastTouched;
  /** Arrival number of the first member: of two merging stories of one size, the older survives. */
  final long created;

  Story(String id, long created) {
    this.id = id;
    this.created = created;
  }

  int size() {
    return memberIds.size();
  }

  int independentSources() {
    return independentSources.size();
  }

  /** Distance in time from the story's dated members to {@code t}; zero when either is undated. */
  long secondsApart(Instant t) {
    if (t == null || first == null) {
      return 0;
    }
    if (t.isBefore(first)) {
      return first.getEpochSecond() - t.getEpochSecond();
    }
    if (t.isAfter(last)) {
      return t.getEpochSecond() - last.getEpochSecond();
    }
    return 0;
  }

  /** Whether the story's first or last date is a day without a time of day ({@link QuietSpell#dayOnly}). */
  boolean datedByDayOnly() {
    return first != null && (QuietSpell.dayOnly(first) || QuietSpell.dayOnly(last));
  }

  Optional<Instant> last() {
    return Optional.ofNullable(last);
  }

  /** Cosine of a unit vector with the centroid. */
  double cosine(Map<String, Double> unitVector) {
    if (centroidNorm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : unitVector.entrySet()) {
      Double c = centroid.get(e.getKey());
      if (c != null) {
        dot += c * e.getValue();
      }
    }
    return dot / centroidNorm;
  }

  /** Distance in time between the two stories' dated members; zero when either is undated or they overlap. */
  long secondsApart(Story other) {
    if (first == null || other.first == null) {
      return 0;
    }
    Instant laterStart = first.isAfter(other.first) ? first : other.first;
    Instant earlierEnd = last.isBefore(other.last) ? last : other.last;
    return Math.max(0, laterStart.getEpochSecond() - earlierEnd.getEpochSecond());
  }

  /** How many of the vector's terms the centroid holds. */
  int sharedTerms(Map<String, Double> v) {
    int n = 0;
    for (String t : v.keySet()) {
      if (centroid.containsKey(t)) {
        n++;
      }
    }
    return n;
  }

  /** Cosine of the two stories' centroids. */
  double centroidCosine(Story other) {
    if (centroidNorm == 0 || other.centroidNorm == 0) {
      return 0;
    }
    Map<String, Double> small = centroid.size() < other.centroid.size() ? centroid : other.centroid;
    Map<String, Double> large = small == centroid ? other.centroid : centroid;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return dot / (centroidNorm * other.centroidNorm);
  }

  /** Highest cosine of a unit vector with one of the latest members. */
  double nearestMember(Map<String, Double> unitVector) {
    double best = 0;
    for (Map<String, Double> member : recentVectors) {
      Map<String, Double> small = member.size() < unitVector.size() ? member : unitVector;
      Map<String, Double> large = small == member ? unitVector : member;
      double dot = 0;
      for (Map.Entry<String, Double> e : small.entrySet()) {
        Double w = large.get(e.getKey());
        if (w != null) {
          dot += w * e.getValue();
        }
      }
      best = Math.max(best, dot);
    }
    return best;
  }

  /** The earlier member that {@code shingles} nearly copies, if any. */
  Optional<String> copied(WordShingles shingles, double containment) {
    return copies.copied(shingles, containment);
  }

  /**
   * Adds a member. Returns the terms that left the centroid when it was pruned back to {@code
   * maxTerms}, so that the caller's index can drop them.
   */
  List<String> add(String memberId, WordShingles shingles, Map<String, Double> unitVector, Instant published,
      String sourceKey, boolean copy, int maxTerms, long arrival) {
    memberIds.add(memberId);
    copies.add(memberId, shingles);
    if (!copy) {
      independentSources.add(sourceKey);
    }
    if (published != null) {
      first = first == null || published.isBefore(first) ? published : first;
      last = last == null || published.isAfter(last) ? published : last;
    }
    lastTouched = arrival;
    recentVectors.addLast(unitVector);
    if (recentVectors.size() > RECENT_MEMBERS) {
      recentVectors.removeFirst();
    }
    unitVector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
    return settleCentroid(maxTerms);
  }

  /**
   * Takes in another story's members, sources and centroid: the two were one story seen as two
   * fragments. Returns the terms that left the centroid when it was pruned back to {@code maxTerms}.
   */
  List<String> absorb(Story other, int maxTerms) {
    memberIds.addAll(other.memberIds);
    copies.absorb(other.copies);
    independentSources.addAll(other.independentSources);
    if (other.first != null) {
      first = first == null || other.first.isBefore(first) ? other.first : first;
      last = last == null || other.last.isAfter(last) ? other.last : last;
    }
    lastTouched = Math.max(lastTouched, other.lastTouched);
    for (Map<String, Double> v : other.recentVectors) {
      recentVectors.addLast(v);
      if (recentVectors.size() > RECENT_MEMBERS) {
        recentVectors.removeFirst();
      }
    }
    other.centroid.forEach((t, w) -> centroid.merge(t, w, Double::sum));
    return settleCentroid(maxTerms);
  }

  private List<String> settleCentroid(int maxTerms) {
    List<String> dropped = prune(maxTerms);
    double sq = 0;
    for (double w : centroid.values()) {
      sq += w * w;
    }
    centroidNorm = Math.sqrt(sq);
    return dropped;
  }

  private List<String> prune(int maxTerms) {
    // Pruning only once the centroid is twice the bound keeps the sort rare.
    if (centroid.size() <= 2 * maxTerms) {
      return List.of();
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(centroid.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> dropped = new ArrayList<>();
    for (Map.Entry<String, Double> e : entries.subList(maxTerms, entries.size())) {
      dropped.add(e.getKey());
    }
    dropped.forEach(centroid::remove);
    return dropped;
  }

  StoryView view() {
    return new StoryView(id, memberIds, independentSources.size(), Optional.ofNullable(first),
        Optional.ofNullable(last));
  }
}
