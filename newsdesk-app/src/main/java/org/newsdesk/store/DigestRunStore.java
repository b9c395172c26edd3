package org.newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.newsdesk.digest.Follow;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.rank.SentStory;

/**
 * The digest run's SQL: claiming due subscribers, what they were sent before, and recording what
 * a run sent and when each subscriber is due next. Methods taking a {@link Handle} run inside the
 * caller's transaction, so a subscriber's digest, its story records and their next due time
 * commit together.
 */
public final class DigestRunStore {

  /** A story sent in a digest, as {@code digest_story} records it. */
  public record SentRow(long subscriberId, long storyId, long outboxId, LocalDate day,
      int articles, int independentSources, List<String> facts) {}

  /** A subscriber done in this run: news up to {@code coveredUntil} covered, next due then. */
  public record Advance(long subscriberId, Instant coveredUntil, Instant nextDigestAt) {}

  private final Database db;
  private final Jdbi jdbi;

  public DigestRunStore(Database db) {
    this.db = db;
    this.jdbi = db.jdbi();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Locks up to {@code limit} active subscribers due at {@code now} for this transaction; rows
   * another transaction holds are skipped, so concurrent runs split the work and never share a
   * subscriber.
   */
  public static List<Subscriber> claimDue(Handle h, Instant now, int limit) {
    return SubscriberStore.load(h, h.createQuery("select " + SubscriberStore.COLUMNS + """
             from subscriber s
            where s.state = 'active' and s.next_digest_at <= :now
            order by s.next_digest_at, s.id
            limit :limit
            for update skip locked""")
        .bind("now", now).bind("limit", limit)
        .map((rs, ctx) -> SubscriberStore.row(rs)).list());
  }

  /** One subscriber with their follows, by id or by address. */
  public java.util.Optional<Subscriber> subscriber(String idOrEmail) {
    SubscriberStore store = new SubscriberStore(db);
    if (idOrEmail.matches("\\d+")) {
      return store.byId(Long.parseLong(idOrEmail));
    }
    return store.byEmail(idOrEmail.strip());
  }

  /** Per subscriber, per story among {@code storyIds}: what their latest digest had of it. */
  public static Map<Long, Map<Long, SentStory>> sent(Handle h, long[] subscriberIds,
      long[] storyIds) {
    Map<Long, Map<Long, SentStory>> out = new HashMap<>();
    if (subscriberIds.length == 0 || storyIds.length == 0) {
      return out;
    }
    h.createQuery("""
            select distinct on (subscriber_id, story_id) subscriber_id, story_id, articles,
              independent_sources, facts
            from digest_story where subscriber_id = any(:subs) and story_id = any(:stories)
            order by subscriber_id, story_id, digest_day desc""")
        .bind("subs", subscriberIds).bind("stories", storyIds)
        .map((rs, ctx) -> {
          out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
              new SentStory(rs.getLong(2), rs.getInt(3), rs.getInt(4),
                  new HashSet<>(Rows.strings(rs.getArray(5)))));
          return 0;
        }).list();
    return out;
  }

  /**
   * Entity follows (their values, entity ids as text) → the entity each is now: itself while it
   * exists, else, when it was merged away, the entity its name is an alias of.
   */
  public static Map<String, Long> resolveEntities(Handle h, Collection<Follow> follows) {
    Map<Long, String> labels = new HashMap<>();
    for (Follow f : follows) {
      if (f.kind() == Follow.Kind.ENTITY) {
        try {
          labels.put(Long.parseLong(f.value().strip()), f.label());
        } catch (NumberFormatException notAnId) {
          // A follow by name only: resolved through the alias table below.
          labels.put(-1L - labels.size(), f.value());
        }
      }
    }
    Map<String, Long> out = new HashMap<>();
    if (labels.isEmpty()) {
      return out;
    }
    Set<Long> existing = new HashSet<>(h.createQuery(
            "select id from entity where id = any(:ids)")
        .bind("ids", labels.keySet().stream().mapToLong(Long::longValue).toArray())
        .mapTo(Long.class).list());
    List<String> missingNames = new ArrayList<>();
    for (Map.Entry<Long, String> e : labels.entrySet()) {
      if (existing.contains(e.getKey())) {
        out.put(String.valueOf(e.getKey()), e.getKey());
      } else {
        missingNames.add(e.getValue());
      }
    }
    if (!missingNames.isEmpty()) {
      Map<String, Long> byName = new HashMap<>();
      h.createQuery("""
              select name, entity_id from entity_alias where name = any(:names)
              union all select name, id from entity where name = any(:names)""")
          .bind("names", missingNames.toArray(new String[0]))
          .map((rs, ctx) -> byName.putIfAbsent(rs.getString(1), rs.getLong(2))).list();
      for (Follow f : follows) {
        if (f.kind() == Follow.Kind.ENTITY && !out.containsKey(f.value())) {
          Long id = byName.getOrDefault(f.label(), byName.get(f.value()));
          if (id != null) {
            out.put(f.value(), id);
          }
        }
      }
    }
    return out;
  }

  /** Stories among {@code storyIds} with an article matching {@code query} (web-search syntax). */
  public static Set<Long> storiesMatching(Handle h, String query, long[] storyIds) {
    if (storyIds.length == 0) {
      return Set.of();
    }
    return new HashSet<>(h.createQuery("""
            select distinct a.story_id from article a, websearch_to_tsquery('english', :q) q
            where a.story_id = any(:stories)
              and to_tsvector('english', coalesce(a.title, '') || ' ' || coalesce(a.body, '')) @@ q""")
        .bind("q", query).bind("stories", storyIds).mapTo(Long.class).list());
  }

  /**
   * For each of {@code queries}, the stories among {@code storyIds} with an article matching it:
   * each article's text vector is computed once for all the queries.
   */
  public static Map<String, Set<Long>> storiesMatching(Handle h, List<String> queries,
      long[] storyIds) {
    Map<String, Set<Long>> out = new HashMap<>();
    for (String q : queries) {
      out.put(q, new HashSet<>());
    }
    if (queries.isEmpty() || storyIds.length == 0) {
      return out;
    }
    h.createQuery("""
            with docs as materialized (
              select a.story_id, to_tsvector('english', coalesce(a.title, '') || ' '
                || coalesce(a.body, '')) as v
              from article a where a.story_id = any(:stories)),
            queries as (select q, websearch_to_tsquery('english', q) as tq
                        from unnest(cast(:queries as text[])) as q)
            select distinct queries.q, docs.story_id from docs, queries where docs.v @@ queries.tq""")
        .bind("stories", storyIds).bind("queries", queries.toArray(new String[0]))
        .map((rs, ctx) -> out.get(rs.getString(1)).add(rs.getLong(2))).list();
    return out;
  }

  /** The saved searches of active subscribers due at {@code now}: a run's queries. */
  public static List<String> dueSearches(Handle h, Instant now) {
    return h.createQuery("""
            select distinct f.value from follow f join subscriber s on s.id = f.subscriber_id
            where f.kind = 'search' and s.state = 'active' and s.next_digest_at <= :now""")
        .bind("now", now).mapTo(String.class).list();
  }

  /**
   * Records the stories of digests just stored: one statement over column arrays, since a run
   * writes about ten rows per digest (a million for 100,000 readers) and a JDBC batch binds and
   * executes each row on its own. Fact keys are letters and hex digits, so a comma joins them.
   */
  public static void recordSent(Handle h, List<SentRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    long[] subscribers = new long[n];
    long[] stories = new long[n];
    long[] outboxes = new long[n];
    String[] days = new String[n];
    int[] articles = new int[n];
    int[] sources = new int[n];
    String[] facts = new String[n];
    for (int i = 0; i < n; i++) {
      SentRow r = rows.get(i);
      subscribers[i] = r.subscriberId();
      stories[i] = r.storyId();
      outboxes[i] = r.outboxId();
      days[i] = r.day().toString();
      articles[i] = r.articles();
      sources[i] = r.independentSources();
      facts[i] = String.join(",", r.facts());
    }
    h.createUpdate("""
            insert into digest_story (subscriber_id, story_id, outbox_id, digest_day, articles,
              independent_sources, facts)
            select s, st, o, cast(d as date), a, src, string_to_array(f, ',')
            from unnest(:subscribers, :stories, :outboxes, cast(:days as text[]), :articles,
              :sources, cast(:facts as text[])) as r(s, st, o, d, a, src, f)
            on conflict do nothing""")
        .bind("subscribers", subscribers).bind("stories", stories).bind("outboxes", outboxes)
        .bind("days", days).bind("articles", articles).bind("sources", sources)
        .bind("facts", facts).execute();
  }

  /** Moves each subscriber's coverage and next due time on, in one batch. */
  public static void advance(Handle h, List<Advance> advances) {
    if (advances.isEmpty()) {
      return;
    }
    var batch = h.prepareBatch("""
        update subscriber set covered_until = :covered, next_digest_at = :next where id = :id""");
    for (Advance a : advances) {
      batch.bind("covered", a.coveredUntil()).bind("next", a.nextDigestAt())
          .bind("id", a.subscriberId()).add();
    }
    batch.execute();
  }
}
