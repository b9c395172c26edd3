package org.newsdesk.analyze.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Seats of government that news uses for the government itself ("the Kremlin said"). They are
 * organizations that act for a state. Known, stable facts of the world; extend when news uses
 * another.
 */
final class GovernmentSeats {

  private static final Map<String, String> COUNTRY_CODE = Map.ofEntries(
      Map.entry("Kremlin", "RU"),
      Map.entry("White House", "US"),
      Map.entry("Pentagon", "US"),
      Map.entry("Downing Street", "GB"),
      Map.entry("Whitehall", "GB"),
      Map.entry("Elysee", "FR"),
      Map.entry("Élysée", "FR"),
      Map.entry("Elysee Palace", "FR"),
      Map.entry("Élysée Palace", "FR"),
      Map.entry("Zhongnanhai", "CN"),
      Map.entry("Blue House", "KR"),
      Map.entry("Yongsan", "KR"),
      Map.entry("Quai d'Orsay", "FR"),
      Map.entry("Bankova", "UA"),
      Map.entry("Chancellery", "DE"),
      Map.entry("Knesset", "IL"),
      Map.entry("Kantei", "JP"));

  private GovernmentSeats() {}

  static Optional<String> countryCode(String name) {
    return Optional.ofNullable(COUNTRY_CODE.get(name));
  }
}
