package org.newsdesk.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered pages kept per key (one entry per page, e.g. {@code story:12}) with the version they
 * were rendered from. A new version replaces the old entry, so memory stays one page per key.
 * When a version changes under a crowd of readers, one request renders and the rest wait for its
 * result rather than all rendering the same page at once.
 */
final class PageCache {

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
  private final int capacity;

  PageCache(int capacity) {
    this.capacity = capacity;
  }

  /** The page at {@code version}, rendered by {@code render} if no reader has done so yet. */
  CachedPage get(String key, String version, Supplier<String> render) {
    Slot slot = slots.get(key);
    if (slot == null || !slot.version.equals(version)) {
      if (slot == null && slots.size() >= capacity) {
        // Rarely reached (capacity is well above the pages readers visit); cheaper than LRU.
        slots.clear();
      }
      Slot fresh = new Slot(version, render);
      slot = slots.merge(key, fresh, (old, given) -> old.version.equals(version) ? old : given);
    }
    try {
      return slot.page();
    } catch (RuntimeException e) {
      // A page that failed (or no longer exists) is not remembered.
      slots.remove(key, slot);
      throw e;
    }
  }

  int size() {
    return slots.size();
  }

  private static final class Slot {
    final String version;
    private Supplier<String> render;
    private volatile CachedPage page;

    Slot(String version, Supplier<String> render) {
      this.version = version;
      this.render = render;
    }

    CachedPage page() {
      CachedPage p = page;
      if (p != null) {
        return p;
      }
      synchronized (this) {
        if (page == null) {
          page = CachedPage.of(render.get());
          render = null;
        }
        return page;
      }
    }
  }
}
