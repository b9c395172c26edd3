package org.newsdesk.web.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Country codes, names and centre points from the bundled {@code world-countries} package, the
 * same file the gazetteer reads: the map's shapes are keyed by ISO 3166-1 numeric code, the
 * analyzer speaks alpha-2, and this is the bridge between them.
 */
final class CountryDirectory {

  record Entry(String alpha2, String name, double lat, double lon) {}

  private final Map<String, Entry> byNumeric = new HashMap<>();
  private final Map<String, Entry> byName = new HashMap<>();
  private final Map<String, Entry> byAlpha2 = new HashMap<>();

  CountryDirectory(JsonNode countries) {
    for (JsonNode c : countries) {
      String alpha2 = c.path("cca2").asText("");
      if (alpha2.isEmpty()) {
        continue;
      }
      JsonNode latlng = c.path("latlng");
      Entry entry = new Entry(alpha2, c.path("name").path("common").asText(alpha2),
          latlng.path(0).asDouble(), latlng.path(1).asDouble());
      byAlpha2.put(alpha2, entry);
      byName.put(entry.name(), entry);
      String numeric = c.path("ccn3").asText("");
      if (!numeric.isEmpty()) {
        byNumeric.put(numeric, entry);
      }
    }
  }

  /**
   * The country a shape belongs to: by numeric code, else by name, which is how Kosovo (no ISO
   * numeric code in either source) finds its alpha-2 "XK".
   */
  Optional<Entry> forShape(CountryShape shape) {
    Entry entry = byNumeric.get(shape.numericId());
    return Optional.ofNullable(entry != null ? entry : byName.get(shape.name()));
  }

  Optional<Entry> byAlpha2(String alpha2) {
    return Optional.ofNullable(byAlpha2.get(alpha2));
  }
}
