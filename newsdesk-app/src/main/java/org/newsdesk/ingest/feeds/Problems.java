package org.newsdesk.ingest.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems met while reading one document, kept in order and bounded: a document broken
 * everywhere must not make its own report unbounded.
 */
final class Problems {

  private final int max;
  private final List<String> list = new ArrayList<>();
  private int dropped;

  Problems(int max) {
    this.max = max;
  }

  void add(String problem) {
    if (list.size() < max) {
      list.add(problem);
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** The problems, with a last line counting those past the bound. */
  List<String> list() {
    if (dropped == 0) {
      return List.copyOf(list);
    }
    List<String> all = new ArrayList<>(list);
    all.add("… and " + dropped + " more");
    return List.copyOf(all);
  }
}
