package org.newsdesk.web.map;

/**
 * A box on the globe in degrees. Longitudes are in [-180, 180]; a box whose {@code west} is
 * greater than its {@code east} crosses the antimeridian (Fiji's, Russia's), so it is the
 * eastward stretch from {@code west} round to {@code east}, not the empty box.
 */
public record BoundingBox(double south, double west, double north, double east) {

  public BoundingBox {
    if (!(south >= -90 && north <= 90 && south <= north)) {
      throw new IllegalArgumentException(
          "latitudes must satisfy -90 <= south <= north <= 90; got " + south + ", " + north);
    }
    if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
      throw new IllegalArgumentException(
          "longitudes must be in [-180, 180]; got " + west + ", " + east);
    }
  }

  public static final BoundingBox WORLD = new BoundingBox(-90, -180, 90, 180);

  public boolean crossesAntimeridian() {
    return west > east;
  }

  /** Eastward extent in degrees, counting round the antimeridian when the box crosses it. */
  public double lonSpan() {
    return crossesAntimeridian() ? east + 360 - west : east - west;
  }

  public double latSpan() {
    return north - south;
  }

  /** The central meridian, in [-180, 180). */
  public double centerLon() {
    return normalizeLon(west + lonSpan() / 2);
  }

  public boolean contains(double lat, double lon) {
    if (lat < south || lat > north) {
      return false;
    }
    double lonFromWest = ((lon - west) % 360 + 360) % 360;
    return lonSpan() >= 360 || lonFromWest <= lonSpan();
  }

  /** {@code lon} brought into [-180, 180). */
  static double normalizeLon(double lon) {
    double l = ((lon + 180) % 360 + 360) % 360 - 180;
    return l == 180 ? -180 : l;
  }
}
