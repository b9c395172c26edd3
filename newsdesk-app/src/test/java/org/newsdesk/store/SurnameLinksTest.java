package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.web.WebFixture;

class SurnameLinksTest {

  private static List<String> namesOfPeopleIn(Database db, long article) {
    return db.jdbi().withHandle(h -> h.createQuery("""
            select e.name from mention m join entity e on e.id = m.entity_id
            where m.article_id = :a and e.type = 'PERSON' order by e.name""")
        .bind("a", article).mapTo(String.class).list());
  }

  private static long article(Database db, int n, String text) {
    return WebFixture.analyzed(db, "https://example.com/" + n, "Report " + n, "Ex", text,
        LocalDate.of(2020, 1, 1).plusDays(n));
  }

  @Test
  void aBareSurnameIsThePersonWhoDominatesIt() {
    Database db = TestStore.fresh();
    article(db, 1, "Angela Merkel met Emmanuel Macron in Berlin on Monday.");
    article(db, 2, "Angela Merkel spoke to parliament about the budget on Tuesday.");
    article(db, 3, "Chancellor Angela Merkel visited a factory in Dresden.");

    long bare = article(db, 4, "\"Not now,\" said Merkel when asked about the budget.");

    assertThat(namesOfPeopleIn(db, bare)).containsExactly("Angela Merkel");
    assertThat(new ArticleViews(db).byId(bare).orElseThrow().entityIds())
        .as("the page links the name the article used").containsKey("PERSON|Merkel");
  }

  @Test
  void aSurnameOfTwoKnownPeopleStaysItsOwnEntity() {
    Database db = TestStore.fresh();
    article(db, 1, "Boris Johnson met Emmanuel Macron in Paris on Monday.");
    article(db, 2, "Boris Johnson spoke to parliament about the budget on Tuesday.");
    article(db, 3, "Boris Johnson visited a factory in Leeds.");
    article(db, 4, "Gary Johnson spoke at a rally in Denver on Monday.");

    long bare = article(db, 5, "\"Not now,\" said Johnson when asked about the budget.");

    assertThat(namesOfPeopleIn(db, bare)).containsExactly("Johnson");
  }
}
