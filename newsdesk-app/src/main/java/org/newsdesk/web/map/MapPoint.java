package org.newsdesk.web.map;

import java.util.Objects;

/**
 * A place to mark on the map: a circle whose area grows with {@code weight} (say, the number of
 * stories located there), with {@code label} as its tooltip and, when {@code href} is not null,
 * a link. Only http(s) and site-relative links are drawn; any other scheme is dropped so a
 * stored {@code javascript:} URL cannot reach the page.
 */
public record MapPoint(double lat, double lon, String label, String href, int weight) {

  public MapPoint {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("lat must be in [-90, 90]; got " + lat);
    }
    if (!Double.isFinite(lon)) {
      throw new IllegalArgumentException("lon must be finite; got " + lon);
    }
    Objects.requireNonNull(label, "label");
    if (weight < 0) {
      throw new IllegalArgumentException("weight must be >= 0; got " + weight);
    }
  }

  public MapPoint(double lat, double lon, String label, int weight) {
    this(lat, lon, label, null, weight);
  }
}
