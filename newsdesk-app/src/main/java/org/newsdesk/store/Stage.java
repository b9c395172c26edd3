package org.newsdesk.store;

import java.util.Locale;

/** The stages an article waits for, in order; the {@code work} queue's vocabulary. */
public enum Stage {
  FETCH, EXTRACT, ANALYZE;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }
}
