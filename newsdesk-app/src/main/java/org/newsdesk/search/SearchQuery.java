package org.newsdesk.search;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search: the query string in Lucene's classic syntax ({@code "phrase"}, {@code
 * speaker:"Vladimir Putin"}, {@code published:[2024-01-01 TO 2024-02-01]}, AND/OR/NOT; terms
 * are ANDed by default, as web search users expect), facet filters (values of one facet are
 * ORed, facets ANDed), the facets to count, and the page.
 *
 * @param text the query; blank matches every article
 * @param filters facet values a hit must have: exact labels as {@link SearchResults} reports them
 * @param facets the facets to count over all hits (empty: none, which is faster)
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, Set<Facet> facets,
    int offset, int limit) {

  public SearchQuery {
    text = text == null ? "" : text;
    Map<Facet, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    filters = Map.copyOf(copy);
    facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0; got " + offset);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000; got " + limit);
    }
  }

  /** The first ten hits for {@code text}, no filters, no facets. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), Set.of(), 0, 10);
  }

  public SearchQuery withFacets(Set<Facet> counted) {
    return new SearchQuery(text, filters, counted, offset, limit);
  }

  public SearchQuery withAllFacets() {
    return withFacets(EnumSet.allOf(Facet.class));
  }

  public SearchQuery withFilter(Facet facet, String... values) {
    Map<Facet, List<String>> more = new LinkedHashMap<>(filters);
    more.put(facet, List.of(values));
    return new SearchQuery(text, more, facets, offset, limit);
  }

  public SearchQuery withPage(int offset, int limit) {
    return new SearchQuery(text, filters, facets, offset, limit);
  }
}
