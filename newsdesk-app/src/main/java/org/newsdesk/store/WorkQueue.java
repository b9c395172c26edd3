package org.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The queue of work between stages: rows in {@code work}, claimed with {@code FOR UPDATE SKIP
 * LOCKED} so that any number of workers, threads or processes, share it without a broker and
 * without taking the same item; each claim carries a lease that a crashed worker cannot renew, so
 * its items come back.
 */
public final class WorkQueue {

  private final Jdbi jdbi;

  public WorkQueue(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Claims up to {@code limit} due items of {@code stage}, oldest first. */
  public List<Claim> claim(Stage stage, int limit, String worker, Duration lease) {
    return jdbi.inTransaction(h -> h.createQuery("""
            with due as (
              select article_id, stage from work
              where stage = :stage and not_before <= now()
                and (lease_until is null or lease_until < now())
              order by not_before, article_id
              limit :limit
              for update skip locked)
            update work w
            set lease_until = now() + make_interval(secs => :lease), leased_by = :worker,
                attempts = w.attempts + 1
            from due where w.article_id = due.article_id and w.stage = due.stage
            returning w.article_id, w.attempts""")
        .bind("stage", stage.sql())
        .bind("limit", limit)
        .bind("worker", worker)
        .bind("lease", (double) lease.toSeconds())
        .map((rs, ctx) -> new Claim(rs.getLong(1), stage, rs.getInt(2), worker))
        .list());
  }

  /**
   * Hands back at once the claims of worker processes on this host that are no longer running
   * (killed, crashed), instead of waiting for their leases to run out. Workers are named
   * {@code pid@host/…}; claims of other hosts are left to their leases.
   *
   * @return how many items were released
   */
  public int releaseClaimsOfDeadProcesses() {
    return jdbi.inTransaction(h -> {
      List<String> workers = h.createQuery(
              "select distinct leased_by from work where lease_until > now()"
                  + " and leased_by like :pattern")
          .bind("pattern", LocalWorkers.namePattern())
          .mapTo(String.class).list();
      int released = 0;
      for (String worker : workers) {
        if (!LocalWorkers.ended(worker)) {
          continue;
        }
        released += h.createUpdate(
                "update work set lease_until = null, leased_by = null where leased_by = :worker")
            .bind("worker", worker).execute();
      }
      return released;
    });
  }

  /** Puts the item back to be tried again not before {@code notBefore}, noting why. */
  public void retryLater(Claim claim, Instant notBefore, String error) {
    jdbi.useTransaction(h -> {
      int n = h.createUpdate("""
              update work set lease_until = null, leased_by = null, not_before = :at,
                last_error = :error
              where article_id = :id and stage = :stage and leased_by = :worker""")
          .bind("at", notBefore)
          .bind("error", error)
          .bind("id", claim.articleId())
          .bind("stage", claim.stage().sql())
          .bind("worker", claim.worker())
          .execute();
      if (n != 1) {
        throw new LeaseLostException(claim);
      }
    });
  }

  /**
   * Items due within {@code horizon} (leased ones included): what a run that wants to finish
   * "everything for now" waits for. Retries further off are left for a later run.
   */
  public int pending(Duration horizon, boolean ignoreAnalyze) {
    return jdbi.withHandle(h -> h.createQuery("""
            select count(*) from work
            where not_before <= now() + make_interval(secs => :horizon)
              and (not :ignore or stage <> 'analyze')""")
        .bind("horizon", (double) horizon.toSeconds())
        .bind("ignore", ignoreAnalyze)
        .mapTo(Integer.class).one());
  }

  /** Items waiting per stage (leased or not), for progress reports and metrics. */
  public Map<Stage, Integer> backlog() {
    Map<Stage, Integer> out = new TreeMap<>();
    for (Stage s : Stage.values()) {
      out.put(s, 0);
    }
    jdbi.useHandle(h -> h.createQuery("select stage, count(*) from work group by stage")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> out.put(Stage.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)),
            e.getValue())));
    return out;
  }

  /**
   * Inside a finishing transaction: deletes the claimed row, proving the lease is still ours.
   * Every stage result is written in the same transaction, so it lands once or not at all.
   */
  static void release(Handle h, Claim claim) {
    int n = h.createUpdate(
            "delete from work where article_id = :id and stage = :stage and leased_by = :worker")
        .bind("id", claim.articleId())
        .bind("stage", claim.stage().sql())
        .bind("worker", claim.worker())
        .execute();
    if (n != 1) {
      throw new LeaseLostException(claim);
    }
  }

  /** Inside a transaction: queues {@code articleId} for {@code stage} (once). */
  static void enqueue(Handle h, long articleId, Stage stage) {
    h.createUpdate("""
            insert into work (article_id, stage) values (:id, :stage)
            on conflict do nothing""")
        .bind("id", articleId)
        .bind("stage", stage.sql())
        .execute();
    h.createUpdate("update article set state = :stage where id = :id")
        .bind("id", articleId)
        .bind("stage", stage.sql())
        .execute();
  }
}
