package org.newsdesk.digest.rank;

/**
 * Something a story tells that a reader can be told once: a claim, a denial, a quote, an event.
 * The key is short and stable across runs (kind and a hash of the normalised content), so
 * {@code digest_story.facts} can say what was already told.
 */
public record StoryFact(Kind kind, String key, String text) {

  public enum Kind { DENIAL, CLAIM, QUOTE, EVENT }

  /** Key of a fact of {@code kind} whose content is {@code parts}, case and spacing ignored. */
  public static String keyOf(Kind kind, String... parts) {
    StringBuilder normal = new StringBuilder();
    for (String p : parts) {
      normal.append(p == null ? "" : p.toLowerCase(java.util.Locale.ROOT)
          .replaceAll("\\s+", " ").strip()).append('\u0001');
    }
    // 64 bits of FNV-1a: collisions among one story's few hundred facts are negligible.
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < normal.length(); i++) {
      h ^= normal.charAt(i);
      h *= 0x100000001b3L;
    }
    return kind.name().charAt(0) + Long.toHexString(h);
  }
}
