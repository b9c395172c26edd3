package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.web.WebFixture;

class EntityCorrectionsTest {

  private static long entity(Database db, String name) {
    return db.jdbi().withHandle(h -> h.createQuery("select id from entity where name = :n")
        .bind("n", name).mapTo(Long.class).one());
  }

  private static List<Long> articlesOf(Database db, long entity) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "select article_id from mention where entity_id = :e order by article_id")
        .bind("e", entity).mapTo(Long.class).list());
  }

  @Test
  void aMergeMovesMentionsAndQuotesAndHoldsForLaterArticles() {
    Database db = TestStore.fresh();
    long a = WebFixture.analyzed(db, "https://example.com/1", "One", "Ex",
        "Angela Merkel met Emmanuel Macron in Berlin on Monday.", LocalDate.of(2020, 1, 6));
    long b = WebFixture.analyzed(db, "https://example.com/2", "Two", "Ex",
        "\"We agree,\" said Chancellor Merkel of Germany after the talks.",
        LocalDate.of(2020, 1, 7));
    long full = entity(db, "Angela Merkel");
    long shortName = entity(db, "Merkel");

    new EntityCorrections(db).merge(shortName, full);

    assertThat(articlesOf(db, full)).containsExactly(a, b);
    int left = db.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from entity where id = :id").bind("id", shortName)
        .mapTo(Integer.class).one());
    assertThat(left).isZero();
    assertThat(new EntityViews(db).byId(full).orElseThrow().quotesBy())
        .extracting(EntityView.QuoteRow::text).contains("We agree");

    long c = WebFixture.analyzed(db, "https://example.com/3", "Three", "Ex",
        "\"Not now,\" said Merkel when asked about the budget.", LocalDate.of(2020, 1, 8));
    assertThat(articlesOf(db, full)).as("a later article's 'Merkel' lands on the merged entity")
        .containsExactly(a, b, c);
    assertThat(new ArticleViews(db).byId(b).orElseThrow().entityIds())
        .as("the article page links the name it used to the entity it was merged into")
        .containsEntry("PERSON|Merkel", full);
  }

  @Test
  void aSplitMovesTheChosenArticlesToAnotherEntity() {
    Database db = TestStore.fresh();
    long a = WebFixture.analyzed(db, "https://example.com/1", "One", "Ex",
        "Johnson spoke to Parliament in London on Monday.", LocalDate.of(2020, 1, 6));
    long b = WebFixture.analyzed(db, "https://example.com/2", "Two", "Ex",
        "Johnson was impeached by the House in Washington in 1868.", LocalDate.of(2020, 1, 7));
    long johnson = entity(db, "Johnson");

    long andrew = new EntityCorrections(db).split(johnson, List.of(b), "Andrew Johnson");

    assertThat(articlesOf(db, johnson)).containsExactly(a);
    assertThat(articlesOf(db, andrew)).containsExactly(b);
    assertThatThrownBy(() -> new EntityCorrections(db).merge(johnson, johnson))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new EntityViews(db).byId(andrew).map(EntityView::name))
        .isEqualTo(Optional.of("Andrew Johnson"));
  }
}
