package org.newsdesk.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, best first, and the facet counts over all hits.
 *
 * @param total the number of matching articles; a lower bound when {@code totalExact} is false
 *     (counting every hit of a common term would cost the speed that block-max scoring buys)
 */
public record SearchResults(List<Hit> hits, long total, boolean totalExact,
    Map<Facet, List<FacetCount>> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /**
   * One matching article.
   *
   * @param snippet passages of the body, HTML-escaped, the matched words in {@code <mark>}: safe
   *     to put in a page as it is
   */
  public record Hit(long id, String title, String url, float score, String snippet) {}

  /** A facet value and how many hits have it. */
  public record FacetCount(String value, int count) {}
}
