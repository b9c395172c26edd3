package org.newsdesk.web.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes one map as an SVG element: sea, countries, highlighted countries on top, then points
 * (largest first so small ones stay clickable). Colours are presentation attributes, which any
 * page CSS overrides, so the map looks right with no stylesheet and can still be themed through
 * its classes: {@code world-map}, {@code country}, {@code highlighted}, {@code point}.
 */
final class SvgMapWriter {

  private static final double MIN_RADIUS = 3;
  private static final double MAX_RADIUS = 12;
  /** Drawn for a highlighted country too small to have a shape at 1:110m (Singapore, Malta). */
  private static final double SMALL_COUNTRY_RADIUS = 4;

  private final MapView view;
  private final StringBuilder svg = new StringBuilder(64 * 1024);

  private SvgMapWriter(MapView view) {
    this.view = view;
  }

  static String write(MapRequest request, List<MapCountry> countries,
      Map<String, CountryDirectory.Entry> smallCountries) {
    MapView view = MapView.of(request.focus(), request.width(), request.height());
    return new SvgMapWriter(view).map(request, countries, smallCountries);
  }

  private String map(MapRequest request, List<MapCountry> countries,
      Map<String, CountryDirectory.Entry> smallCountries) {
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" viewBox=\"")
        .append(view.viewBox()).append("\" width=\"").append(view.width())
        .append("\" height=\"").append(view.height()).append("\" aria-label=\"Map\">");
    svg.append("<rect class=\"sea\" x=\"").append(SvgText.number(view.x(view.viewWest())))
        .append("\" y=\"").append(SvgText.number(view.y(view.viewNorth())))
        .append("\" width=\"").append(view.width()).append("\" height=\"").append(view.height())
        .append("\" fill=\"#eaf2f8\"/>");
    List<MapCountry> highlighted = new ArrayList<>();
    svg.append("<g class=\"countries\" fill=\"#dadada\" stroke=\"#fff\" stroke-width=\"0.5\""
        + " stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
    for (MapCountry country : countries) {
      if (request.highlightedCountries().contains(country.alpha2())) {
        highlighted.add(country);
      } else {
        country(country, "country");
      }
    }
    svg.append("</g><g class=\"countries highlighted\" fill=\"#e8a33d\" stroke=\"#fff\""
        + " stroke-width=\"0.5\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
    highlighted.forEach(c -> country(c, "country highlighted"));
    for (String code : request.highlightedCountries()) {
      CountryDirectory.Entry small = smallCountries.get(code);
      if (small != null) {
        circle(small.lat(), small.lon(), SMALL_COUNTRY_RADIUS, "country highlighted small",
            small.name(), null, code);
      }
    }
    svg.append("</g>");
    points(request.points());
    return svg.append("</svg>").toString();
  }

  private void country(MapCountry country, String cssClass) {
    int start = svg.length();
    svg.append("<path class=\"").append(cssClass).append('"');
    if (!country.alpha2().isEmpty()) {
      svg.append(" data-cc=\"").append(SvgText.escape(country.alpha2())).append('"');
    }
    svg.append(" d=\"");
    int pathStart = svg.length();
    for (List<Ring> polygon : country.polygons()) {
      List<List<Ring>> pieces = new ArrayList<>();
      for (Ring ring : polygon) {
        pieces.add(Antimeridian.piecesIn(ring, view.frameWest()));
      }
      if (pieces.get(0).stream().noneMatch(this::isVisible)) {
        continue;
      }
      pieces.forEach(ringPieces -> ringPieces.forEach(this::ring));
    }
    if (svg.length() == pathStart) {
      svg.setLength(start);
      return;
    }
    svg.append("\"><title>").append(SvgText.escape(country.name())).append("</title></path>");
  }

  private boolean isVisible(Ring piece) {
    double south = 90;
    double north = -90;
    for (double lat : piece.lats()) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    return view.overlaps(piece.minLon(), south, piece.maxLon(), north);
  }

  /**
   * One closed subpath: an absolute move, then relative lines between positions rounded to a
   * tenth of a unit; rounding first and differencing after keeps the error from adding up.
   * Positions that round onto the previous one are dropped, and a ring left with fewer than
   * three is not drawn (it would have no area).
   */
  private void ring(Ring ring) {
    int n = ring.size();
    long[] xs = new long[n];
    long[] ys = new long[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      long x = Math.round(view.x(ring.lons()[i]) * 10);
      long y = Math.round(view.y(ring.lats()[i]) * 10);
      if (kept > 0 && xs[kept - 1] == x && ys[kept - 1] == y) {
        continue;
      }
      xs[kept] = x;
      ys[kept++] = y;
    }
    while (kept > 1 && xs[kept - 1] == xs[0] && ys[kept - 1] == ys[0]) {
      kept--;
    }
    if (kept < 3) {
      return;
    }
    svg.append('M');
    SvgText.appendTenths(svg, xs[0]);
    svg.append(',');
    SvgText.appendTenths(svg, ys[0]);
    svg.append('l');
    for (int i = 1; i < kept; i++) {
      long dx = xs[i] - xs[i - 1];
      long dy = ys[i] - ys[i - 1];
      if (i > 1 && dx >= 0) {
        svg.append(' ');
      }
      SvgText.appendTenths(svg, dx);
      if (dy >= 0) {
        svg.append(',');
      }
      SvgText.appendTenths(svg, dy);
    }
    svg.append('z');
  }

  private void points(List<MapPoint> points) {
    int maxWeight = points.stream().mapToInt(MapPoint::weight).max().orElse(1);
    svg.append("<g class=\"points\" fill=\"#c0392b\" fill-opacity=\"0.8\" stroke=\"#fff\""
        + " stroke-width=\"1\">");
    points.stream()
        .sorted(Comparator.comparingInt(MapPoint::weight).reversed())
        .forEach(p -> {
          // Area, not radius, follows weight, so a place with four times the stories looks
          // four times as big rather than sixteen.
          double r = MIN_RADIUS
              + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) p.weight() / Math.max(1, maxWeight));
          circle(p.lat(), p.lon(), r, "point", p.label(), p.href(), null);
        });
    svg.append("</g>");
  }

  private void circle(double lat, double lon, double r, String cssClass, String title,
      String href, String countryCode) {
    double x = view.x(view.lonInFrame(lon));
    double y = view.y(lat);
    double left = view.x(view.viewWest());
    double top = view.y(view.viewNorth());
    if (x + r < left || x - r > left + view.width() || y + r < top || y - r > top + view.height()) {
      return;
    }
    boolean link = href != null && SvgText.isSafeHref(href);
    if (link) {
      svg.append("<a href=\"").append(SvgText.escape(href.strip())).append("\">");
    }
    svg.append("<circle class=\"").append(cssClass).append('"');
    if (countryCode != null) {
      svg.append(" data-cc=\"").append(SvgText.escape(countryCode)).append('"');
    }
    svg.append(" cx=\"").append(SvgText.number(x)).append("\" cy=\"").append(SvgText.number(y))
        .append("\" r=\"").append(SvgText.number(r)).append("\"><title>")
        .append(SvgText.escape(title)).append("</title></circle>");
    if (link) {
      svg.append("</a>");
    }
  }
}
