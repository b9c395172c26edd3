package org.newsdesk.store;

import static org.newsdesk.store.ArticleStore.optInstant;
import static org.newsdesk.store.ArticleStore.optLong;

import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Stories as stored: which story each article is in, and each story's counts for ranking. */
public final class StoryStore {

  private static final String INPUT = """
      select a.id, coalesce(a.title, a.feed_title, ''), coalesce(a.body, ''), a.published_at,
        coalesce(s.title, a.source_name, split_part(split_part(a.url, '://', 2), '/', 1)),
        a.story_id
      from article a left join source s on s.id = a.source_id""";

  private final Jdbi jdbi;

  public StoryStore(Database db) {
    this.jdbi = db.jdbi();
  }

  public StoryInputRow input(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(INPUT + " where a.id = :id")
        .bind("id", articleId)
        .map((rs, ctx) -> row(rs)).one());
  }

  /** Articles grouped within {@code window} before the newest one, in the order grouped. */
  public List<StoryInputRow> recentlyGrouped(Duration window) {
    return jdbi.withHandle(h -> h.createQuery(INPUT + """
             where a.grouped_at >= (select max(grouped_at) from article)
                                   - make_interval(secs => :window)
            order by a.grouped_at, a.id""")
        .bind("window", (double) window.toSeconds())
        .map((rs, ctx) -> row(rs)).list());
  }

  /**
   * Puts the claimed article in a story — an existing one, or a new one titled after it — with
   * the story's counts as the grouper sees them, and releases the claim.
   *
   * @param storyId the stored story to join; null to start a new story
   * @return the story's id
   */
  public long assign(Claim claim, Long storyId, String title, int articles,
      int independentSources) {
    return assign(claim, storyId, title, articles, independentSources, List.of());
  }

  /**
   * As {@link #assign(Claim, Long, String, int, int)}, and in the same transaction merges the
   * {@code absorbed} stories into the article's story: their articles move to it, what was sent
   * of them to subscribers is kept under it (where the subscriber has no row for it that day), and
   * they are deleted. The grouper reports such merges when an article bridges two fragments.
   *
   * @param absorbed stored stories merged into the article's story (ids equal to the story's own
   *     are ignored)
   */
  public long assign(Claim claim, Long storyId, String title, int articles,
      int independentSources, List<Long> absorbed) {
    return jdbi.inTransaction(h -> {
      WorkQueue.release(h, claim);
      long id = storyId != null ? storyId : h.createQuery(
              "insert into story (title) values (:title) returning id")
          .bind("title", title.isBlank() ? "Untitled story" : title)
          .mapTo(Long.class).one();
      for (long gone : absorbed.stream().distinct().sorted().toList()) {
        if (gone == id) {
          continue;
        }
        h.createUpdate("update article set story_id = :story where story_id = :gone")
            .bind("story", id).bind("gone", gone).execute();
        h.createUpdate("""
                update digest_story d set story_id = :story
                where d.story_id = :gone and not exists (
                  select 1 from digest_story o where o.story_id = :story
                    and o.subscriber_id = d.subscriber_id and o.digest_day = d.digest_day)""")
            .bind("story", id).bind("gone", gone).execute();
        // Its address redirects to the survivor from now on; older merges into it follow.
        h.createUpdate("update story_merge set into_id = :story where into_id = :gone")
            .bind("story", id).bind("gone", gone).execute();
        h.createUpdate("delete from story where id = :gone").bind("gone", gone).execute();
        h.createUpdate("""
                insert into story_merge (absorbed_id, into_id) values (:gone, :story)
                on conflict (absorbed_id) do update set into_id = excluded.into_id""")
            .bind("story", id).bind("gone", gone).execute();
      }
      h.createUpdate("update article set story_id = :story, grouped_at = now() where id = :id")
          .bind("story", id).bind("id", claim.articleId()).execute();
      h.createUpdate("""
              update story set articles = :articles, independent_sources = :sources,
                first_published = (select min(coalesce(published_at, discovered_at))
                                    from article where story_id = :story),
                last_published = (select max(coalesce(published_at, discovered_at))
                                  from article where story_id = :story),
                updated_at = now()
              where id = :story""")
          .bind("articles", articles).bind("sources", independentSources).bind("story", id)
          .execute();
      return id;
    });
  }

  private static StoryInputRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoryInputRow(rs.getLong(1), rs.getString(2), rs.getString(3), optInstant(rs, 4),
        rs.getString(5), optLong(rs, 6));
  }
}
