package org.newsdesk.web;

import java.util.List;
import java.util.Set;
import org.newsdesk.store.PlaceView;
import org.newsdesk.web.map.MapPoint;
import org.newsdesk.web.map.MapRequest;
import org.newsdesk.web.map.WorldMap;

/**
 * The map of a place page: the country highlighted on bundled Natural Earth shapes, zoomed to it,
 * with the places its articles name as dots sized by how many articles name them. Inline SVG: no
 * tile server, no script.
 */
final class PlaceMap {

  private static volatile WorldMap world;

  private PlaceMap() {}

  static String svg(PlaceView place) {
    List<MapPoint> points = place.places().stream().filter(p -> p.lat().isPresent())
        .map(p -> new MapPoint(p.lat().get(), p.lon().get(), p.name() + ": " + p.articles()
            + " article" + (p.articles() == 1 ? "" : "s"), null, p.articles()))
        .toList();
    WorldMap map = world();
    MapRequest request = new MapRequest(Set.of(place.countryCode()), points,
        map.countryBounds(place.countryCode()), 720, 420);
    return map.svg(request);
  }

  private static WorldMap world() {
    WorldMap w = world;
    if (w == null) {
      synchronized (PlaceMap.class) {
        if (world == null) {
          world = WorldMap.load();
        }
        w = world;
      }
    }
    return w;
  }
}
