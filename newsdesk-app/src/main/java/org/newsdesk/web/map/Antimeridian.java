package org.newsdesk.web.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts rings where a flat map has its edge.
 *
 * <p>The data is made for spherical projections, so a ring that crosses the antimeridian simply
 * steps from 179.9° to -180° (Russia's Chukotka, Fiji), and Antarctica's ring runs once round
 * the pole. Drawn flat as they come, those steps become lines across the whole map. Two steps
 * fix that:
 *
 * <ol>
 *   <li>{@link #unwrap} makes a ring's longitudes continuous (Chukotka becomes 180°..190°).
 *       A ring that still ends 360° from where it started goes round a pole; it is closed by
 *       running along that pole's latitude, so it becomes an ordinary polygon 360° wide.
 *   <li>{@link #piecesIn} copies the unwrapped ring 360° east and west as needed and clips each
 *       copy to the map's frame, a 360° window of longitude (Sutherland-Hodgman against its two
 *       edges; for a single straight edge this is exact for any simple polygon, where the cut
 *       leaves zero-width seams along the edge that fill invisibly).
 * </ol>
 *
 * <p>Doing the cut when drawing rather than when loading lets the map centre on any meridian, so
 * a country that crosses the antimeridian can be shown in one piece.
 */
final class Antimeridian {

  private Antimeridian() {}

  /** The ring (closed as TopoJSON stores it) with continuous longitudes, stored open. */
  static Ring unwrap(Ring closed) {
    int n = closed.size();
    double[] lons = new double[n];
    double[] lats = closed.lats().clone();
    lons[0] = closed.lons()[0];
    for (int i = 1; i < n; i++) {
      double step = closed.lons()[i] - closed.lons()[i - 1];
      step -= 360 * Math.round(step / 360);
      lons[i] = lons[i - 1] + step;
    }
    double drift = lons[n - 1] - lons[0];
    if (Math.abs(drift) < 180) {
      return new Ring(Arrays.copyOf(lons, n - 1), Arrays.copyOf(lats, n - 1));
    }
    // Round a pole: which one is taken from where the ring lies; no country's outline circles
    // the north pole, and Antarctica's lies far south.
    double pole = mean(lats) < 0 ? -90 : 90;
    double[] polarLons = Arrays.copyOf(lons, n + 2);
    double[] polarLats = Arrays.copyOf(lats, n + 2);
    polarLons[n] = lons[n - 1];
    polarLats[n] = pole;
    polarLons[n + 1] = lons[0];
    polarLats[n + 1] = pole;
    return new Ring(polarLons, polarLats);
  }

  /**
   * The parts of an unwrapped ring that fall in the frame [frameWest, frameWest + 360], each
   * shifted by whole turns to lie inside it.
   */
  static List<Ring> piecesIn(Ring unwrapped, double frameWest) {
    double frameEast = frameWest + 360;
    double min = unwrapped.minLon();
    double max = unwrapped.maxLon();
    List<Ring> pieces = new ArrayList<>(1);
    for (int turns = -2; turns <= 2; turns++) {
      double shift = 360.0 * turns;
      if (max + shift <= frameWest || min + shift >= frameEast) {
        continue;
      }
      Ring piece = shift == 0 ? unwrapped : unwrapped.shiftedLon(shift);
      if (min + shift < frameWest) {
        piece = clip(piece, frameWest, true);
      }
      if (max + shift > frameEast) {
        piece = clip(piece, frameEast, false);
      }
      if (piece.size() >= 3) {
        pieces.add(piece);
      }
    }
    return pieces;
  }

  /** Keeps the part of the ring east of {@code lon} ({@code keepEast}) or west of it. */
  static Ring clip(Ring ring, double lon, boolean keepEast) {
    int n = ring.size();
    double[] outLons = new double[2 * n];
    double[] outLats = new double[2 * n];
    int out = 0;
    for (int i = 0; i < n; i++) {
      int prev = (i + n - 1) % n;
      double pLon = ring.lons()[prev];
      double pLat = ring.lats()[prev];
      double cLon = ring.lons()[i];
      double cLat = ring.lats()[i];
      boolean prevInside = keepEast ? pLon >= lon : pLon <= lon;
      boolean curInside = keepEast ? cLon >= lon : cLon <= lon;
      if (curInside != prevInside) {
        double t = (lon - pLon) / (cLon - pLon);
        outLons[out] = lon;
        outLats[out++] = pLat + t * (cLat - pLat);
      }
      if (curInside) {
        outLons[out] = cLon;
        outLats[out++] = cLat;
      }
    }
    return new Ring(Arrays.copyOf(outLons, out), Arrays.copyOf(outLats, out));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
