package org.newsdesk.web;

import java.util.Locale;
import org.newsdesk.store.PlaceView;
import org.newsdesk.store.StoryPage;

/**
 * The map of a place page: the places named in a country as dots on an equirectangular grid
 * framed around them, drawn as inline SVG (no tile server, no script).
 */
final class PlaceMap {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 360;

  private PlaceMap() {}

  static String svg(PlaceView place) {
    var located = place.places().stream().filter(p -> p.lat().isPresent()).toList();
    if (located.isEmpty()) {
      return "";
    }
    double minLat = located.stream().mapToDouble(p -> p.lat().get()).min().orElse(0) - 2;
    double maxLat = located.stream().mapToDouble(p -> p.lat().get()).max().orElse(0) + 2;
    double minLon = located.stream().mapToDouble(p -> p.lon().get()).min().orElse(0) - 3;
    double maxLon = located.stream().mapToDouble(p -> p.lon().get()).max().orElse(0) + 3;
    double scale = Math.min(WIDTH / (maxLon - minLon), HEIGHT / (maxLat - minLat));
    StringBuilder svg = new StringBuilder("<svg class=\"map\" role=\"img\" viewBox=\"0 0 "
        + WIDTH + " " + HEIGHT + "\" width=\"100%\" aria-label=\"places named in "
        + Html.escape(place.name()) + "\"><rect width=\"" + WIDTH + "\" height=\"" + HEIGHT
        + "\" class=\"sea\"/>");
    int most = located.stream().mapToInt(StoryPage.PlaceCount::articles).max().orElse(1);
    for (StoryPage.PlaceCount p : located) {
      double x = (p.lon().get() - minLon) * scale;
      double y = (maxLat - p.lat().get()) * scale;
      double r = 3 + 9.0 * p.articles() / most;
      svg.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%s: %d</title></circle>", x, y, r,
          Html.escape(p.name()), p.articles()));
    }
    return svg.append("</svg>").toString();
  }
}
