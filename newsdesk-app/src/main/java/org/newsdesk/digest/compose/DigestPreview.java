package org.newsdesk.digest.compose;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.store.Database;
import org.newsdesk.store.DigestRunStore;

/**
 * The digest a subscriber would get now, composed exactly as the run would but stored nowhere:
 * for an admin checking what readers receive.
 */
public final class DigestPreview {

  /** The subscriber, and their digest; empty when nothing is new for them. */
  public record Preview(Subscriber subscriber, Optional<ComposedDigest> digest) {}

  private final Database db;
  private final DigestPlanner planner;

  DigestPreview(Database db, DigestPlanner planner) {
    this.db = db;
    this.planner = planner;
  }

  /** By id or address; empty when there is no such subscriber. */
  public Optional<Preview> of(String idOrEmail, Instant now) {
    List<Preview> found = of(List.of(idOrEmail), now);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Several at once, sharing one load of the candidate stories; subscribers not found are left
   * out.
   */
  public List<Preview> of(List<String> idsOrEmails, Instant now) {
    DigestRunStore store = new DigestRunStore(db);
    List<Subscriber> found = idsOrEmails.stream().map(store::subscriber)
        .flatMap(Optional::stream).toList();
    if (found.isEmpty()) {
      return List.of();
    }
    // Due now: the day is today on their clock, whatever their schedule says.
    List<Subscriber> dueNow = found.stream().map(s -> new Subscriber(s.id(), s.email(),
        s.zone(), s.sendHour(), s.state(), Optional.of(now), s.coveredUntil(),
        s.tokenGeneration(), s.follows())).toList();
    CandidatePool pool = CandidatePool.load(db, now);
    List<DigestPlanner.Plan> plans = db.jdbi().withHandle(h -> planner.plan(h, pool, dueNow));
    return java.util.stream.IntStream.range(0, found.size())
        .mapToObj(i -> new Preview(found.get(i), plans.get(i).digest())).toList();
  }
}
