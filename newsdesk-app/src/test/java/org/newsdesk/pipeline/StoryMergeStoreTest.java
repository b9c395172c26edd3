package org.newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.Claim;
import org.newsdesk.store.Database;
import org.newsdesk.store.Stage;
import org.newsdesk.store.StoryStore;
import org.newsdesk.store.StoryViews;
import org.newsdesk.store.TestStore;
import org.newsdesk.store.WorkQueue;

/**
 * The service follows the grouper's merges: when an article bridges two stored stories, the
 * absorbed story's articles move to the survivor in the article's transaction and the absorbed
 * story is gone.
 */
class StoryMergeStoreTest {

  private static final Instant T = Instant.parse("2014-03-11T09:00:00Z");

  /** Two fragments of one hearing (RBS and Scotland; forex rigging), then a headline with both. */
  private static final List<String> HEADLINES = List.of(
      "Carney says RBS may have to leave independent Scotland",
      "RBS could move south if Scots vote yes, Carney warns",
      "Carney: forex rigging claims as serious as Libor",
      "Forex rigging scandal could dwarf Libor, says Carney",
      "Carney grilled by MPs on forex rigging, RBS and Scotland");

  @Test
  void aBridgingArticleFoldsTheAbsorbedStoryIntoTheSurvivor() {
    Database db = TestStore.fresh();
    WorkQueue queue = new WorkQueue(db);
    GroupStep step = new GroupStep(new StoryStore(db), Duration.ofDays(7));
    long[] ids = new long[HEADLINES.size()];
    List<Long> fragments = List.of();
    for (int i = 0; i < HEADLINES.size(); i++) {
      ids[i] = insert(db, i, HEADLINES.get(i));
      List<Claim> claims = queue.claim(Stage.GROUP, 1, "test", Duration.ofMinutes(1));
      assertThat(claims).extracting(Claim::articleId).containsExactly(ids[i]);
      step.process(claims.get(0));
      if (i == 3) {
        assertThat(storyCount(db)).as("two fragments before the bridge").isEqualTo(2);
        fragments = storyIds(db);
      }
    }

    assertThat(storyCount(db)).isEqualTo(1);
    List<Long> storyIds = db.jdbi().withHandle(h -> h.createQuery(
        "select distinct story_id from article").mapTo(Long.class).list());
    assertThat(storyIds).hasSize(1);
    long survivor = storyIds.get(0);
    long absorbed = fragments.stream().filter(f -> f != survivor).findFirst().orElseThrow();
    assertThat(new StoryViews(db).mergedInto(absorbed)).as("old address redirects").hasValue(survivor);
    assertThat(new StoryViews(db).mergedInto(survivor)).isEmpty();
    int articles = db.jdbi().withHandle(h -> h.createQuery("select articles from story")
        .mapTo(Integer.class).one());
    assertThat(articles).isEqualTo(5);
  }

  private static long insert(Database db, int i, String title) {
    return db.jdbi().inTransaction(h -> {
      long id = h.createQuery("""
              insert into article (url, origin, state, title, body, published_at, source_name)
              values (:url, 'file', 'done', :t, '', :at, :src) returning id""")
          .bind("url", "https://example.org/carney/" + i).bind("t", title)
          .bind("at", T.plusSeconds(60L * i)).bind("src", "source-" + i).mapTo(Long.class).one();
      h.createUpdate("insert into work (article_id, stage, not_before) values (:id, 'group', now())")
          .bind("id", id).execute();
      return id;
    });
  }

  private static List<Long> storyIds(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select id from story order by id")
        .mapTo(Long.class).list());
  }

  private static int storyCount(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from story").mapTo(Integer.class).one());
  }
}
