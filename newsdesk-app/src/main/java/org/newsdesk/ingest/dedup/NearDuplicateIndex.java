package org.newsdesk.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory index of signatures by LSH band key, for the CLI and tests, and the reference for
 * what the store does with its table {@code (band_key, article_id)}:
 *
 * <pre>{@code
 * SELECT DISTINCT article_id FROM band_keys WHERE band_key IN (:keys)   -- candidates()
 * }</pre>
 *
 * then reads each candidate's signature and keeps those {@link NearDuplicates#isNearDuplicate}
 * accepts ({@link #nearDuplicatesOf}). Band keys from different bands never collide by design, so
 * the key alone is the lookup; the band number need not be stored.
 *
 * <p>Not thread-safe.
 */
public final class NearDuplicateIndex {

  private final Map<Long, List<String>> idsByBandKey = new HashMap<>();
  private final Map<String, MinHashSignature> signatures = new HashMap<>();

  /**
   * Adds {@code signature} under {@code id}.
   *
   * @throws IllegalArgumentException when {@code id} is already in the index
   */
  public void add(String id, MinHashSignature signature) {
    if (signatures.putIfAbsent(id, signature) != null) {
      throw new IllegalArgumentException("id is already indexed: " + id);
    }
    for (long key : signature.bandKeys()) {
      idsByBandKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
    }
  }

  /** Number of signatures indexed. */
  public int size() {
    return signatures.size();
  }

  /** Ids that share at least one band key with {@code signature}, in insertion order per band. */
  public Set<String> candidates(MinHashSignature signature) {
    Set<String> ids = new LinkedHashSet<>();
    for (long key : signature.bandKeys()) {
      ids.addAll(idsByBandKey.getOrDefault(key, List.of()));
    }
    return ids;
  }

  /** The candidates that {@link NearDuplicates#isNearDuplicate} accepts. */
  public List<String> nearDuplicatesOf(MinHashSignature signature) {
    List<String> found = new ArrayList<>();
    for (String id : candidates(signature)) {
      if (NearDuplicates.isNearDuplicate(signature, signatures.get(id))) {
        found.add(id);
      }
    }
    return found;
  }
}
