package org.newsdesk.web.map;

/**
 * A closed ring of positions in degrees, stored open: the last position joins the first
 * implicitly. Arrays for size (the 110m world is ~10,000 positions); they are filled once when
 * the ring is built and never written again, which is what makes sharing rings between threads
 * safe.
 */
record Ring(double[] lons, double[] lats) {

  Ring {
    if (lons.length != lats.length) {
      throw new IllegalArgumentException(
          "lons and lats must have the same length; got " + lons.length + " and " + lats.length);
    }
  }

  int size() {
    return lons.length;
  }

  double minLon() {
    double min = Double.POSITIVE_INFINITY;
    for (double l : lons) {
      min = Math.min(min, l);
    }
    return min;
  }

  double maxLon() {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : lons) {
      max = Math.max(max, l);
    }
    return max;
  }

  Ring shiftedLon(double degrees) {
    double[] shifted = new double[lons.length];
    for (int i = 0; i < lons.length; i++) {
      shifted[i] = lons[i] + degrees;
    }
    return new Ring(shifted, lats);
  }
}
