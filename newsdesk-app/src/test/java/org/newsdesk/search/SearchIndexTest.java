package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.BulkArticles;
import org.newsdesk.store.Database;
import org.newsdesk.store.IndexableArticle;
import org.newsdesk.store.IndexableArticle.NamedEntity;
import org.newsdesk.store.IndexableArticle.PlaceName;
import org.newsdesk.store.IndexableArticle.QuoteText;
import org.newsdesk.store.SearchSource;
import org.newsdesk.store.TestStore;

/** Search against the real embedded PostgreSQL and a real Lucene index in a temporary folder. */
class SearchIndexTest {

  @TempDir
  Path dir;

  private Database db;
  private SearchIndex index;
  private SearchIndexer indexer;
  private long putinQuoted;
  private long putinMentioned;
  private long koreaSplit;
  private long scripted;

  @BeforeEach
  void setUp() {
    db = TestStore.fresh();
    index = SearchIndex.open(dir.resolve("index"));
    indexer = new SearchIndexer(new SearchSource(db), index);
    List<Long> ids = new BulkArticles(db).insertAnalyzed(List.of(
        article("https://example.com/1", "Kremlin answers sanctions",
            "Russian President Vladimir Putin said the sanctions would fail. Moscow replied in"
                + " kind. North Korea was not mentioned.",
            "2024-01-10T09:00:00Z", "Reuters",
            List.of(person("Vladimir Putin"), country("Russia"), country("North Korea")),
            List.of(new QuoteText("the sanctions would fail", Optional.of("Vladimir Putin"))),
            List.of("sanction", "threaten"), List.of(new PlaceName("Moscow", Optional.of("RU")))),
        article("https://example.com/2", "Analysts weigh the summit",
            "Analysts say Vladimir Putin may attend. Officials in Seoul declined to comment on"
                + " the summit.",
            "2024-01-25T12:00:00Z", "AP",
            List.of(person("Vladimir Putin"), city("Seoul")),
            List.of(new QuoteText("no comment", Optional.of("Yoon Suk Yeol"))),
            List.of("meet"), List.of(new PlaceName("Seoul", Optional.of("KR")))),
        article("https://example.com/3", "Weather in the north",
            "Korea's north coast saw snow. The north of the country, Korea, was cold.",
            "2024-02-15T08:00:00Z", "Reuters",
            List.of(country("South Korea")), List.of(), List.of(), List.of()),
        article("https://example.com/4", "Markup in a body",
            "A page carried <script>alert('x')</script> inside its text about sanctions.",
            "2023-12-31T23:00:00Z", "Blog",
            List.of(), List.of(), List.of(), List.of())));
    putinQuoted = ids.get(0);
    putinMentioned = ids.get(1);
    koreaSplit = ids.get(2);
    scripted = ids.get(3);
    indexer.reindexAll((done, total) -> { });
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  @Test
  void speakerFindsTheArticleQuotingThemNotOneMerelyMentioningThem() {
    assertThat(ids("speaker:\"Vladimir Putin\"")).containsExactly(putinQuoted);
    assertThat(ids("entity:\"Vladimir Putin\"")).containsExactlyInAnyOrder(putinQuoted,
        putinMentioned);
  }

  @Test
  void nameFieldsMatchWholeNamesWhateverTheirCase() {
    assertThat(ids("entity:\"north korea\"")).containsExactly(putinQuoted);
    assertThat(ids("entity:Korea")).isEmpty();
    assertThat(ids("speaker:\"VLADIMIR PUTIN\"")).containsExactly(putinQuoted);
  }

  @Test
  void aPhraseNeedsItsWordsTogetherWhileTermsDoNot() {
    assertThat(ids("\"north korea\"")).containsExactly(putinQuoted);
    assertThat(ids("north korea")).containsExactlyInAnyOrder(putinQuoted, koreaSplit);
  }

  @Test
  void otherFieldsFilterByPlaceSourceEventTypeAndQuote() {
    assertThat(ids("place:moscow")).containsExactly(putinQuoted);
    assertThat(ids("source:reuters")).containsExactlyInAnyOrder(putinQuoted, koreaSplit);
    assertThat(ids("type:meet")).containsExactly(putinMentioned);
    assertThat(ids("quote:\"no comment\"")).containsExactly(putinMentioned);
    assertThat(ids("sanctions -source:Blog")).containsExactly(putinQuoted);
  }

  @Test
  void termsAreStemmedTheEnglishWay() {
    assertThat(ids("sanction")).containsExactlyInAnyOrder(putinQuoted, scripted);
  }

  @Test
  void publishedRangesAreWholeDays() {
    assertThat(ids("published:[2024-01-01 TO 2024-01-25]"))
        .containsExactlyInAnyOrder(putinQuoted, putinMentioned);
    assertThat(ids("published:[2024-01-01 TO 2024-01-25}")).containsExactly(putinQuoted);
    assertThat(ids("published:2024-02")).containsExactly(koreaSplit);
    assertThat(ids("sanctions AND published:[* TO 2023-12-31]")).containsExactly(scripted);
  }

  @Test
  void facetsCountEveryHitNotOnlyThePage() {
    SearchResults r = index.search(SearchQuery.of("").withPage(0, 1).withAllFacets());
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.facets().get(Facet.SOURCE)).containsExactly(
        new SearchResults.FacetCount("Reuters", 2), new SearchResults.FacetCount("AP", 1),
        new SearchResults.FacetCount("Blog", 1));
    assertThat(r.facets().get(Facet.ENTITY)).startsWith(
        new SearchResults.FacetCount("Vladimir Putin", 2));
    assertThat(r.facets().get(Facet.MONTH)).contains(new SearchResults.FacetCount("2024-01", 2));
    assertThat(r.facets().get(Facet.EVENT_TYPE)).contains(
        new SearchResults.FacetCount("sanction", 1));
  }

  @Test
  void facetFiltersNarrowTheHitsAndTheirCounts() {
    SearchResults r = index.search(SearchQuery.of("").withFilter(Facet.SOURCE, "Reuters")
        .withFacets(EnumSet.of(Facet.PLACE)));
    assertThat(r.hits()).extracting(SearchResults.Hit::id)
        .containsExactlyInAnyOrder(putinQuoted, koreaSplit);
    assertThat(r.facets().get(Facet.PLACE)).containsExactly(
        new SearchResults.FacetCount("Moscow", 1));
    SearchResults either = index.search(SearchQuery.of("")
        .withFilter(Facet.SOURCE, "Reuters", "AP"));
    assertThat(either.total()).isEqualTo(3);
  }

  @Test
  void aFilteredFacetStillCountsItsOtherValuesWhileTheOtherFacetsNarrow() {
    // Choosing Reuters must leave AP and Blog on offer (drill sideways), while every other
    // facet counts only Reuters' hits.
    SearchResults r = index.search(SearchQuery.of("").withFilter(Facet.SOURCE, "Reuters")
        .withFacets(EnumSet.of(Facet.SOURCE, Facet.PLACE)));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.facets().get(Facet.SOURCE)).containsExactly(
        new SearchResults.FacetCount("Reuters", 2), new SearchResults.FacetCount("AP", 1),
        new SearchResults.FacetCount("Blog", 1));
    assertThat(r.facets().get(Facet.PLACE)).containsExactly(
        new SearchResults.FacetCount("Moscow", 1));
  }

  @Test
  void withTwoFiltersEachFacetIsCountedUnderTheOtherFilterOnly() {
    SearchResults r = index.search(SearchQuery.of("")
        .withFilter(Facet.SOURCE, "Reuters").withFilter(Facet.MONTH, "2024-01")
        .withFacets(EnumSet.of(Facet.SOURCE, Facet.MONTH)));
    assertThat(r.hits()).extracting(SearchResults.Hit::id).containsExactly(putinQuoted);
    // Sources of January's hits; months of Reuters' hits.
    assertThat(r.facets().get(Facet.SOURCE)).containsExactlyInAnyOrder(
        new SearchResults.FacetCount("Reuters", 1), new SearchResults.FacetCount("AP", 1));
    assertThat(r.facets().get(Facet.MONTH)).containsExactlyInAnyOrder(
        new SearchResults.FacetCount("2024-01", 1), new SearchResults.FacetCount("2024-02", 1));
  }

  @Test
  void aReadOnlyIndexSearchesWhileAWriterHoldsTheLock() {
    Path folder = dir.resolve("index");
    // The writer of setUp is open: a second writer cannot have the lock...
    assertThatThrownBy(() -> SearchIndex.open(folder)).isInstanceOf(SearchException.class)
        .hasMessageContaining("ock");
    // ...but a reader needs none, and sees what was committed.
    try (SearchIndex reader = SearchIndex.openReadOnly(folder)) {
      assertThat(reader.readOnly()).isTrue();
      assertThat(reader.search(SearchQuery.of("speaker:\"Vladimir Putin\"")).hits())
          .extracting(SearchResults.Hit::id).containsExactly(putinQuoted);
      assertThatThrownBy(() -> reader.delete(putinQuoted))
          .isInstanceOf(IllegalStateException.class);
    }
    // Closing the reader leaves the writer working.
    index.delete(putinQuoted);
    index.commit();
    assertThat(ids("sanctions")).doesNotContain(putinQuoted);
  }

  @Test
  void readOnlyNeedsAnIndexToRead() {
    assertThatThrownBy(() -> SearchIndex.openReadOnly(dir.resolve("none")))
        .isInstanceOf(SearchException.class).hasMessageContaining("no search index");
  }

  @Test
  void snippetsMarkTheMatchAndEscapeTheBodysMarkup() {
    SearchResults r = index.search(SearchQuery.of("alert"));
    assertThat(r.hits()).hasSize(1);
    String snippet = r.hits().get(0).snippet();
    assertThat(snippet).contains("&lt;script&gt;<mark>alert</mark>(&#x27;x&#x27;)")
        .doesNotContain("<script>");
    assertThat(index.search(SearchQuery.of("\"vladimir putin\"")).hits())
        .allSatisfy(h -> assertThat(h.snippet()).contains("<mark>Vladimir Putin</mark>"));
  }

  @Test
  void hitsCarryTitleUrlAndAScoreBestFirst() {
    SearchResults r = index.search(SearchQuery.of("sanctions"));
    assertThat(r.hits()).first().satisfies(h -> {
      assertThat(h.id()).isEqualTo(putinQuoted); // in the title too, boosted
      assertThat(h.title()).isEqualTo("Kremlin answers sanctions");
      assertThat(h.url()).isEqualTo("https://example.com/1");
      assertThat(h.score()).isPositive();
    });
  }

  @Test
  void reindexAfterDeletingEverythingRestoresTheSameHitCounts() {
    List<String> queries = List.of("sanctions", "\"north korea\"", "speaker:\"Vladimir Putin\"",
        "source:Reuters", "published:2024");
    List<Long> before = queries.stream().map(q -> index.search(SearchQuery.of(q)).total())
        .toList();
    index.deleteAll();
    index.commit();
    assertThat(index.size()).isZero();
    long indexed = indexer.reindexAll((done, total) -> { });
    assertThat(indexed).isEqualTo(4);
    assertThat(queries.stream().map(q -> index.search(SearchQuery.of(q)).total()).toList())
        .isEqualTo(before);
  }

  @Test
  void indexingOneArticleAddsItAndAMissingOneIsTakenOut() {
    long id = new BulkArticles(db).insertAnalyzed(List.of(article("https://example.com/5",
        "Late arrival", "Zanzibar news.", "2024-03-01T00:00:00Z", "AP", List.of(), List.of(),
        List.of(), List.of()))).get(0);
    assertThat(ids("zanzibar")).isEmpty();
    assertThat(indexer.indexArticle(id)).isTrue();
    assertThat(ids("zanzibar")).containsExactly(id);
    assertThat(indexer.indexArticle(999_999)).isFalse();
    assertThat(index.size()).isEqualTo(5);
  }

  @Test
  void aBrokenQuerySaysSoAndIsTheUsersFault() {
    assertThatThrownBy(() -> index.search(SearchQuery.of("title:(unclosed")))
        .isInstanceOf(SearchException.class)
        .hasMessageContaining("title:(unclosed")
        .matches(e -> ((SearchException) e).badQuery());
    assertThatThrownBy(() -> index.search(SearchQuery.of("published:yesterday")))
        .hasMessageContaining("'yesterday'");
  }

  private List<Long> ids(String query) {
    return index.search(SearchQuery.of(query).withPage(0, 100)).hits().stream()
        .map(SearchResults.Hit::id).toList();
  }

  private static IndexableArticle article(String url, String title, String body,
      String published, String source, List<NamedEntity> entities, List<QuoteText> quotes,
      List<String> events, List<PlaceName> places) {
    List<NamedEntity> all = new ArrayList<>(entities);
    return new IndexableArticle(0, url, title, body, Optional.of(Instant.parse(published)),
        Optional.of(source), all, quotes, events, places);
  }

  private static NamedEntity person(String name) {
    return new NamedEntity(name, "PERSON");
  }

  private static NamedEntity country(String name) {
    return new NamedEntity(name, "COUNTRY");
  }

  private static NamedEntity city(String name) {
    return new NamedEntity(name, "CITY");
  }

}
