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
    Optional<Subscriber> found = new DigestRunStore(db).subscriber(idOrEmail);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Subscriber s = found.get();
    // Due now: the day is today on their clock, whatever their schedule says.
    Subscriber dueNow = new Subscriber(s.id(), s.email(), s.zone(), s.sendHour(), s.state(),
        Optional.of(now), s.coveredUntil(), s.tokenGeneration(), s.follows());
    CandidatePool pool = CandidatePool.load(db, now);
    DigestPlanner.Plan plan = db.jdbi().withHandle(h ->
        planner.plan(h, pool, List.of(dueNow))).get(0);
    return Optional.of(new Preview(s, plan.digest()));
  }
}
