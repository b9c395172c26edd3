package org.newsdesk.web.map;

import java.util.ArrayList;
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

  /** How near, in degrees, a polygon must come to a country's largest one to be zoomed to. */
  private static final double NEARBY_DEGREES = 10;

  /**
   * The box to zoom to: round the country's largest polygon and the polygons within {@value
   * #NEARBY_DEGREES}° of it, so Corsica, Svalbard, Alaska and the Canaries count but French
   * Guiana and Hawaii, an ocean away, do not turn a country's map into a map of the world.
   */
  static BoundingBox boundsOf(List<List<Ring>> polygons) {
    Ring main = polygons.get(0).get(0);
    for (List<Ring> polygon : polygons) {
      if (area(polygon.get(0)) > area(main)) {
        main = polygon.get(0);
      }
    }
    double west = main.minLon() - NEARBY_DEGREES;
    double east = main.maxLon() + NEARBY_DEGREES;
    double south = minLat(main) - NEARBY_DEGREES;
    double north = maxLat(main) + NEARBY_DEGREES;
    List<Ring> near = new ArrayList<>();
    for (List<Ring> polygon : polygons) {
      Ring outer = polygon.get(0);
      // Brought by whole turns next to the main polygon, so nearness is measured the short way.
      double shift = 360 * Math.round((main.minLon() - outer.minLon()) / 360);
      if (outer.minLon() + shift < east && outer.maxLon() + shift > west
          && minLat(outer) < north && maxLat(outer) > south) {
        near.add(outer);
      }
    }
    return enclosing(near);
  }

  /**
   * The smallest box holding the rings, where "smallest" counts longitude round the circle:
   * Russia's box runs from 19°E eastwards across the antimeridian to 169°W rather than across
   * the whole map. Each ring's west edge is tried as the box's west edge, and the one needing
   * the least eastward reach wins (a country has a few dozen polygons at most).
   */
  static BoundingBox enclosing(List<Ring> rings) {
    double south = 90;
    double north = -90;
    int n = rings.size();
    double[] wests = new double[n];
    double[] spans = new double[n];
    for (int i = 0; i < n; i++) {
      Ring ring = rings.get(i);
      wests[i] = ring.minLon();
      spans[i] = ring.maxLon() - wests[i];
      south = Math.min(south, minLat(ring));
      north = Math.max(north, maxLat(ring));
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

  /** Area in square degrees (shoelace); enough to tell a mainland from its islands. */
  static double area(Ring ring) {
    double twice = 0;
    int n = ring.size();
    for (int i = 0; i < n; i++) {
      int next = (i + 1) % n;
      twice += ring.lons()[i] * ring.lats()[next] - ring.lons()[next] * ring.lats()[i];
    }
    return Math.abs(twice) / 2;
  }

  private static double minLat(Ring ring) {
    double min = 90;
    for (double lat : ring.lats()) {
      min = Math.min(min, lat);
    }
    return min;
  }

  private static double maxLat(Ring ring) {
    double max = -90;
    for (double lat : ring.lats()) {
      max = Math.max(max, lat);
    }
    return max;
  }
}
