package org.newsdesk.web.map;

import java.util.Optional;

/**
 * The part of the globe shown and the equirectangular projection that draws it.
 *
 * <p>The map is centred on the shown area's central meridian, so its frame (the 360° of
 * longitude drawn, see {@link Antimeridian}) runs from 180° west to 180° east of that: a focus
 * that crosses the antimeridian (Fiji) is then contiguous. The scale makes one SVG user unit one
 * CSS pixel of the requested width, so rounding path data to 0.1 unit loses nothing visible at
 * any zoom, and strokes and circles keep their size; the viewBox then picks the shown area out
 * of that large drawing. Longitudes east of {@code frameWest} are measured unwrapped, so
 * {@link #viewWest} may be below -180 and {@link #viewEast} above 180.
 */
record MapView(double frameWest, double scale, double viewWest, double viewSouth,
    double viewEast, double viewNorth, int width, int height) {

  /** Fraction of the focus added on each side, so a country is not drawn edge to edge. */
  private static final double MARGIN = 0.1;
  private static final double MIN_MARGIN_DEGREES = 1;

  static MapView of(Optional<BoundingBox> focus, int width, int height) {
    BoundingBox box = focus.orElse(BoundingBox.WORLD);
    double lonSpan = Math.max(box.lonSpan(), 0.5);
    double latSpan = Math.max(box.latSpan(), 0.5);
    if (focus.isPresent()) {
      lonSpan += 2 * Math.max(MARGIN * lonSpan, MIN_MARGIN_DEGREES);
      latSpan += 2 * Math.max(MARGIN * latSpan, MIN_MARGIN_DEGREES);
    }
    double aspect = (double) width / height;
    if (lonSpan / latSpan < aspect) {
      lonSpan = latSpan * aspect;
    } else {
      latSpan = lonSpan / aspect;
    }
    double centerLon = box.lonSpan() >= 360 ? 0 : box.centerLon();
    double centerLat = (box.south() + box.north()) / 2;
    return new MapView(centerLon - 180, width / lonSpan, centerLon - lonSpan / 2,
        centerLat - latSpan / 2, centerLon + lonSpan / 2, centerLat + latSpan / 2, width, height);
  }

  double x(double lon) {
    return (lon - frameWest) * scale;
  }

  double y(double lat) {
    return (90 - lat) * scale;
  }

  /** {@code lon} moved by whole turns into this map's frame. */
  double lonInFrame(double lon) {
    return frameWest + ((lon - frameWest) % 360 + 360) % 360;
  }

  boolean overlaps(double west, double south, double east, double north) {
    return west < viewEast && east > viewWest && south < viewNorth && north > viewSouth;
  }

  /** The SVG viewBox attribute: the shown area in projected units. */
  String viewBox() {
    return SvgText.number(x(viewWest)) + " " + SvgText.number(y(viewNorth)) + " " + width + " "
        + height;
  }
}
