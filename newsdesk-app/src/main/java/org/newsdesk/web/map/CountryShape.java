package org.newsdesk.web.map;

import java.util.List;

/**
 * One country's outline as decoded from the topology: polygons, each an outer ring followed by
 * its holes (Lesotho is a hole in South Africa). {@code numericId} is the ISO 3166-1 numeric code
 * as a string ("250"), or empty for the few shapes Natural Earth gives none (Kosovo, Somaliland,
 * N. Cyprus).
 */
record CountryShape(String numericId, String name, List<List<Ring>> polygons) {

  CountryShape {
    polygons = polygons.stream().map(List::copyOf).toList();
  }
}
