package org.newsdesk.digest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.newsdesk.digest.compose.DigestComposer;
import org.newsdesk.digest.compose.DigestPlanner;
import org.newsdesk.digest.compose.DigestRun;
import org.newsdesk.store.Database;
import org.newsdesk.store.TestStore;
import org.newsdesk.web.TestSecurity;

/**
 * Digest tests' store: stories, articles and their features inserted as rows (no NLP), and
 * subscribers with follows, on the shared test database.
 */
public final class DigestFixture {

  public static final DigestSettings SETTINGS =
      DigestSettings.defaults(URI.create("https://news.example.org"));
  public static final String FROM = "Newsdesk <digest@news.example.org>";

  private final Database db;

  private DigestFixture(Database db) {
    this.db = db;
  }

  /** A fresh store: stories and subscribers emptied too. */
  public static DigestFixture fresh() {
    Database db = TestStore.fresh();
    db.jdbi().useHandle(h -> h.execute(
        "truncate subscriber, follow, outbox, digest_story, suppression restart identity cascade"));
    return new DigestFixture(db);
  }

  public Database db() {
    return db;
  }

  public static DigestLinks links(Instant now) {
    return new DigestLinks(TestSecurity.open().signer(), SETTINGS,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  public DigestRun run(int batch, int threads, DigestRun.Hook hook) {
    return new DigestRun(db, planner(), batch, threads, hook);
  }

  public static DigestPlanner planner() {
    return new DigestPlanner(new DigestComposer(links(Instant.now()), FROM),
        SETTINGS.maxStories());
  }

  /** A story of {@code sources} articles from as many sources, changed at {@code at}. */
  public long story(String title, int sources, Instant at) {
    return db.jdbi().inTransaction(h -> {
      long id = h.createQuery("""
              insert into story (title, first_published, last_published, articles,
                independent_sources, created_at, updated_at)
              values (:t, :at, :at, :n, :n, :at, :at) returning id""")
          .bind("t", title).bind("at", at).bind("n", sources).mapTo(Long.class).one();
      for (int i = 0; i < sources; i++) {
        h.createUpdate("""
                insert into article (url, origin, state, title, body, published_at, story_id,
                  source_name)
                values (:url, 'file', 'done', :t, :body, :at, :story, :src)""")
            .bind("url", "https://example.org/" + id + "/" + i).bind("t", title)
            .bind("body", "WASHINGTON (Reuters) - " + title + " happened today, officials said."
                + " It was the second such event this year. More details followed later.")
            .bind("at", at).bind("story", id).bind("src", "source-" + i).execute();
      }
      return id;
    });
  }

  /** Another article joins the story at {@code at}. */
  public long grow(long story, Instant at) {
    return db.jdbi().inTransaction(h -> {
      long article = h.createQuery("""
              insert into article (url, origin, state, title, body, published_at, story_id)
              values (:url, 'file', 'done', 'more', 'More news about it here today.', :at, :story)
              returning id""")
          .bind("url", "https://example.org/" + story + "/more-" + System.nanoTime())
          .bind("at", at).bind("story", story).mapTo(Long.class).one();
      h.createUpdate("""
              update story set articles = articles + 1, last_published = :at, updated_at = :at
              where id = :id""").bind("at", at).bind("id", story).execute();
      return article;
    });
  }

  public long firstArticle(long story) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select min(id) from article where story_id = :s").bind("s", story)
        .mapTo(Long.class).one());
  }

  /** An entity mentioned in the first article of {@code story}; its id. */
  public long mention(long story, String name, String type) {
    return db.jdbi().inTransaction(h -> {
      long entity = h.createQuery("""
              insert into entity (name, type) values (:n, :t)
              on conflict (name, type) do update set name = excluded.name returning id""")
          .bind("n", name).bind("t", type).mapTo(Long.class).one();
      h.createUpdate("""
              insert into mention (article_id, entity_id, mentions, first_sentence)
              select id, :e, 2, 0 from article where story_id = :s order by id limit 1""")
          .bind("e", entity).bind("s", story).execute();
      return entity;
    });
  }

  public void denial(long article, String claim, String claimedBy, String deniedBy) {
    db.jdbi().useHandle(h -> h.createUpdate("""
            insert into claim (article_id, idx, text, claimed_by, denied_by, sentence)
            values (:a, (select count(*) from claim where article_id = :a), :t,
              array[:by], array[:denied], 0)""")
        .bind("a", article).bind("t", claim).bind("by", claimedBy).bind("denied", deniedBy)
        .execute());
  }

  public void place(long story, String name, String countryCode) {
    db.jdbi().useHandle(h -> h.createUpdate("""
            insert into place (article_id, idx, name, type, country_code)
            select id, 0, :n, 'COUNTRY', :cc from article where story_id = :s""")
        .bind("n", name).bind("cc", countryCode).bind("s", story).execute());
  }

  public void event(long story, String type) {
    db.jdbi().useHandle(h -> h.createUpdate("""
            insert into event (article_id, idx, type, sources, targets, negated, sentence)
            select id, 0, :t, array['North Korea'], array['Japan'], false, 0 from article
            where story_id = :s""")
        .bind("t", type).bind("s", story).execute());
  }

  public void quote(long article, String text, String speaker) {
    db.jdbi().useHandle(h -> h.createUpdate("""
            insert into quote (article_id, idx, kind, text, speaker, sentence)
            values (:a, (select count(*) from quote where article_id = :a), 'direct', :t, :s, 0)""")
        .bind("a", article).bind("t", text).bind("s", speaker).execute());
  }

  /** An active subscriber due at {@code due}, covered up to {@code covered} (null: never). */
  public long subscriber(String email, String zone, int hour, Instant due, Instant covered,
      Follow... follows) {
    return db.jdbi().inTransaction(h -> {
      long id = h.createQuery("""
              insert into subscriber (email, time_zone, send_hour, state, confirmed_at,
                next_digest_at, covered_until)
              values (:e, :z, :h, 'active', :due, :due, :covered) returning id""")
          .bind("e", email).bind("z", ZoneId.of(zone).getId()).bind("h", hour).bind("due", due)
          .bind("covered", covered).mapTo(Long.class).one();
      for (Follow f : follows) {
        h.createUpdate("""
                insert into follow (subscriber_id, kind, value, label)
                values (:id, :k, :v, :l)""")
            .bind("id", id).bind("k", f.kind().dbName()).bind("v", f.value())
            .bind("l", f.label()).execute();
      }
      return id;
    });
  }

  public int outboxRows(long subscriber) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from outbox where subscriber_id = :s").bind("s", subscriber)
        .mapTo(Integer.class).one());
  }

  public int outboxRows() {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox")
        .mapTo(Integer.class).one());
  }

  public Instant nextDigestAt(long subscriber) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select next_digest_at from subscriber where id = :s").bind("s", subscriber)
        .mapTo(Instant.class).one());
  }

  public List<String> textBodies(long subscriber) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select text_body from outbox where subscriber_id = :s order by digest_day")
        .bind("s", subscriber).mapTo(String.class).list());
  }
}
