package org.newsdesk.store;

import java.util.Locale;

/**
 * The stages an article waits for, in order; the {@code work} queue's vocabulary. GROUP (into
 * stories) comes after the card is stored: an article is {@code done} before it is grouped.
 */
public enum Stage {
  FETCH, EXTRACT, ANALYZE, GROUP;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }
}
