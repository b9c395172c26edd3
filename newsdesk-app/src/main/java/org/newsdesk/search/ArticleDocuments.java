package org.newsdesk.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns an {@link ArticleDoc} into a Lucene document.
 *
 * <p>Quotes and entities are fields of the article, not documents of their own: a hit is always
 * an article, so {@code speaker:"X"} and {@code entity:"Y"} filter articles directly, the facet
 * counts are counts of articles, and the index holds one document per article instead of ten.
 * The price is that {@code speaker:X AND quote:Y} matches an article where X said something and
 * somebody said Y; the quote table in the store answers "what did X say" exactly.
 *
 * <p>Facets are sorted-set doc values ({@link SortedSetDocValuesFacetField}) rather than a
 * taxonomy index: no second index to keep in step with the first, to commit with it and to
 * rebuild with it. Their cost, an ordinal map built when a new reader opens, is paid once per
 * refresh, not per query.
 */
final class ArticleDocuments {

  // Offsets in the postings let the highlighter find matches without re-analyzing the body.
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private final FacetsConfig facets;

  ArticleDocuments() {
    facets = new FacetsConfig();
    for (Facet f : Facet.values()) {
      facets.setMultiValued(f.dim(), f != Facet.SOURCE && f != Facet.MONTH);
    }
  }

  FacetsConfig facetsConfig() {
    return facets;
  }

  static String idTerm(long id) {
    return Long.toString(id);
  }

  Document toDocument(ArticleDoc a) throws java.io.IOException {
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, idTerm(a.id()), Field.Store.YES));
    d.add(new StoredField(IndexFields.URL, a.url()));
    d.add(new Field(IndexFields.TITLE, a.title(), TEXT_WITH_OFFSETS));
    d.add(new Field(IndexFields.BODY, a.body(), TEXT_WITH_OFFSETS));
    for (ArticleDoc.Quote q : a.quotes()) {
      d.add(new TextField(IndexFields.QUOTE, q.text(), Field.Store.NO));
    }
    Set<String> speakers = new LinkedHashSet<>();
    a.quotes().forEach(q -> q.speaker().ifPresent(speakers::add));
    addNames(d, IndexFields.SPEAKER, speakers);
    addNames(d, IndexFields.ENTITY, a.entities());
    addNames(d, IndexFields.PLACE, a.places());
    addNames(d, IndexFields.COUNTRY, a.countries());
    addNames(d, IndexFields.TYPE, a.eventTypes());
    a.source().ifPresent(s -> addNames(d, IndexFields.SOURCE, Set.of(s)));

    facetValues(d, Facet.ENTITY, a.entities());
    facetValues(d, Facet.PLACE, a.places());
    facetValues(d, Facet.EVENT_TYPE, a.eventTypes());
    a.source().ifPresent(s -> facetValues(d, Facet.SOURCE, Set.of(s)));
    if (a.published().isPresent()) {
      Instant t = a.published().get();
      d.add(new LongPoint(IndexFields.PUBLISHED, t.toEpochMilli()));
      facetValues(d, Facet.MONTH, Set.of(MONTH.format(t)));
    }
    return facets.build(d);
  }

  private static void addNames(Document d, String field, Iterable<String> names) {
    for (String n : names) {
      if (!n.isBlank()) {
        d.add(new TextField(field, n, Field.Store.NO));
      }
    }
  }

  private static void facetValues(Document d, Facet f, Iterable<String> values) {
    for (String v : values) {
      if (!v.isBlank()) {
        d.add(new SortedSetDocValuesFacetField(f.dim(), v));
      }
    }
  }
}
