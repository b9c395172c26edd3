package org.newsdesk.analyze.places;

import java.util.Set;

/**
 * Names of places bigger than any country, or not on Earth at all, that GeoNames also gives to
 * small towns (Earth, Texas; Mars, Pennsylvania; America, Netherlands). Written about, they are
 * never the town.
 */
final class NotTowns {

  private static final Set<String> NAMES = Set.of(
      "Earth", "Moon", "Sun", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
      "Pluto", "Ceres", "Titan", "Europa", "Ganymede", "Callisto", "Io", "Enceladus", "Milky Way",
      "Africa", "America", "Americas", "North America", "South America", "Central America",
      "Latin America", "Antarctica", "Asia", "Europe", "Oceania", "Australasia", "Eurasia",
      "Arctic", "Antarctic", "Atlantic", "Pacific", "Indian Ocean", "Mediterranean", "Caribbean");

  private NotTowns() {}

  static boolean contains(String name) {
    return NAMES.contains(name);
  }
}
