package org.newsdesk.web.map;

import java.util.List;

/**
 * A country ready to draw: its polygons with unwrapped rings (see {@link Antimeridian}) and its
 * bounds. {@code alpha2} is empty for the shapes no code could be found for.
 */
record MapCountry(String alpha2, String name, List<List<Ring>> polygons, BoundingBox bounds) {

  static MapCountry of(String alpha2, String name, CountryShape shape) {
    List<List<Ring>> unwrapped = shape.polygons().stream()
        .map(rings -> rings.stream().map(Antimeridian::unwrap).toList())
        .toList();
    return new MapCountry(alpha2, name, unwrapped, boundsOf(unwrapped));
  }

  /**
   * The smallest box holding every polygon, where "smallest" counts longitude round the circle:
   * Russia's box runs from 19°E eastwards across the antimeridian to 169°W rather than across
   * the whole map. Each polygon's west edge is tried as the box's west edge, and the one needing
   * the least eastward reach wins (a country has a few dozen polygons at most).
   */
  static BoundingBox boundsOf(List<List<Ring>> polygons) {
    double south = 90;
    double north = -90;
    int n = polygons.size();
    double[] wests = new double[n];
    double[] spans = new double[n];
    for (int i = 0; i < n; i++) {
      Ring outer = polygons.get(i).get(0);
      wests[i] = outer.minLon();
      spans[i] = outer.maxLon() - wests[i];
      for (double lat : outer.lats()) {
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
    double bestWest = -180;
    double bestReach = 360;
    for (int i = 0; i < n; i++) {
      double reach = 0;
      for (int j = 0; j < n; j++) {
        double fromWest = ((wests[j] - wests[i]) % 360 + 360) % 360;
        reach = Math.max(reach, fromWest + spans[j]);
      }
      if (reach < bestReach) {
        bestReach = reach;
        bestWest = wests[i];
      }
    }
    if (bestReach >= 360) {
      return new BoundingBox(south, -180, north, 180);
    }
    double west = BoundingBox.normalizeLon(bestWest);
    double east = BoundingBox.normalizeLon(bestWest + bestReach);
    if (east == -180 && bestReach > 0) {
      east = 180;
    }
    return new BoundingBox(south, west, north, east);
  }
}
