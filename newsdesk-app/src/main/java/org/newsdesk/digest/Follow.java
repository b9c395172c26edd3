package org.newsdesk.digest;

/**
 * One thing a subscriber follows. {@code value} is what matching uses (an entity id, an ISO
 * 3166 alpha-2 country code, a search query, an event type); {@code label} is what the reader
 * sees ("North Korea").
 */
public record Follow(Kind kind, String value, String label) {

  public enum Kind {
    ENTITY, PLACE, SEARCH, TOPIC;

    public String dbName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind of(String dbName) {
      return valueOf(dbName.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Follow {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a follow needs a value");
    }
    if (label == null || label.isBlank()) {
      label = value;
    }
  }
}
