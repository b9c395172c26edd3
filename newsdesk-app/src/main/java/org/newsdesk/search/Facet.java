package org.newsdesk.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The dimensions search counts hits by and filters on. Each is also a query field of the same
 * name ({@code source:Reuters}), except {@link #MONTH}, whose query field is {@code published}.
 */
public enum Facet {
  SOURCE("source"),
  ENTITY("entity"),
  PLACE("place"),
  /** The card's event types ({@code attack}, {@code protest}, …). */
  EVENT_TYPE("type"),
  /** The publication month, {@code 2024-01}, in UTC. */
  MONTH("month");

  private final String dim;

  Facet(String dim) {
    this.dim = dim;
  }

  /** The dimension's name in the index and on the command line. */
  public String dim() {
    return dim;
  }

  public static Optional<Facet> byDim(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.dim.equals(n)).findFirst();
  }
}
