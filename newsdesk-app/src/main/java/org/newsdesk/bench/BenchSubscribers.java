package org.newsdesk.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.newsdesk.store.Database;
import org.postgresql.PGConnection;

/**
 * Synthetic subscribers for the digest benchmark: all due now, in zones around the world, each
 * following 1–8 things drawn from what the store's stories actually hold — entities (popular ones
 * more often), countries, event types, and a few saved searches — loaded with COPY.
 */
final class BenchSubscribers {

  static final String DOMAIN = "bench.invalid";
  private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York",
      "Asia/Kolkata", "Pacific/Honolulu", "Pacific/Kiritimati", "Asia/Tokyo",
      "America/Sao_Paulo", "Australia/Sydney", "Africa/Lagos");

  /** What can be followed, most common first. */
  record Followables(List<String[]> entities, List<String[]> countries, List<String> topics) {}

  private BenchSubscribers() {}

  static Followables followables(Database db) {
    return db.jdbi().withHandle(h -> new Followables(
        h.createQuery("""
                select e.id, e.name from entity e join mention m on m.entity_id = e.id
                join article a on a.id = m.article_id where a.story_id is not null
                group by e.id, e.name having count(*) >= 2 order by count(*) desc limit 3000""")
            .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list(),
        h.createQuery("""
                select country_code, max(name) from place where country_code is not null
                group by country_code order by count(*) desc limit 150""")
            .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list(),
        h.createQuery("select type from event group by type order by count(*) desc")
            .mapTo(String.class).list()));
  }

  /** Inserts {@code count} active subscribers due between an hour before {@code now} and it. */
  static void insert(Database db, int count, Followables f, Instant now, long seed) {
    Random random = new Random(seed);
    StringBuilder subscribers = new StringBuilder(count * 80);
    StringBuilder follows = new StringBuilder(count * 200);
    long firstId = db.jdbi().withHandle(h -> h.createQuery(
        "select coalesce(max(id), 0) + 1 from subscriber").mapTo(Long.class).one());
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      Instant due = now.minusSeconds(random.nextInt(3600));
      subscribers.append(id).append(",reader").append(id).append('@').append(DOMAIN).append(',')
          .append(ZONES.get(random.nextInt(ZONES.size()))).append(',')
          .append(random.nextInt(24)).append(",active,").append(due).append(",,")
          .append(due).append('\n');
      int n = 1 + random.nextInt(8);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int k = 0; k < n; k++) {
        String[] follow = draw(random, f);
        if (follow != null && seen.add(follow[0] + ":" + follow[1])) {
          follows.append(id).append(',').append(follow[0]).append(',').append(csv(follow[1]))
              .append(',').append(csv(follow[2])).append('\n');
        }
      }
    }
    db.jdbi().useTransaction(h -> {
      copy(h, "copy subscriber (id, email, time_zone, send_hour, state, next_digest_at,"
          + " covered_until, confirmed_at) from stdin (format csv)", subscribers);
      copy(h, "copy follow (subscriber_id, kind, value, label) from stdin (format csv)", follows);
      h.execute("select setval('subscriber_id_seq', (select max(id) from subscriber))");
      h.execute("analyze subscriber");
      h.execute("analyze follow");
    });
  }

  /** Entity half the time (skewed to the popular), else country, topic, or a saved search. */
  private static String[] draw(Random random, Followables f) {
    double kind = random.nextDouble();
    if (kind < 0.5 && !f.entities().isEmpty()) {
      String[] e = f.entities().get(skewed(random, f.entities().size()));
      return new String[] {"entity", e[0], e[1]};
    }
    if (kind < 0.75 && !f.countries().isEmpty()) {
      String[] c = f.countries().get(skewed(random, f.countries().size()));
      return new String[] {"place", c[0], c[1]};
    }
    if (kind < 0.9 && !f.topics().isEmpty()) {
      String t = f.topics().get(random.nextInt(f.topics().size()));
      return new String[] {"topic", t, t.replace('_', ' ')};
    }
    if (!f.entities().isEmpty()) {
      // Saved searches: a few dozen distinct queries, as readers search for the same names.
      String name = f.entities().get(random.nextInt(Math.min(40, f.entities().size())))[1];
      return new String[] {"search", name, name};
    }
    return null;
  }

  private static int skewed(Random random, int size) {
    double u = random.nextDouble();
    return Math.min(size - 1, (int) (u * u * size));
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static void copy(Handle h, String sql, CharSequence rows) {
    try {
      h.getConnection().unwrap(PGConnection.class).getCopyAPI()
          .copyIn(sql, new StringReader(rows.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
    }
  }

  /** Removes the benchmark's subscribers and their mail from a store that is kept. */
  static void remove(Database db) {
    db.jdbi().useTransaction(h -> {
      h.execute("delete from outbox where recipient like ?", "%@" + DOMAIN);
      h.execute("delete from subscriber where email like ?", "%@" + DOMAIN);
    });
  }

}
