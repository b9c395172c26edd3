package org.newsdesk.web.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the polygons of one object of a TopoJSON topology (format spec:
 * https://github.com/topojson/topojson-specification).
 *
 * <p>TopoJSON stores each border once as an "arc", a line of positions, and describes a ring as
 * a list of arc indexes; index {@code ~i} (that is {@code -i - 1}) means arc {@code i} walked
 * backwards. Consecutive arcs of a ring share their end point, so each arc after the first
 * contributes all but its first position. In a quantized topology (one with a {@code transform})
 * each arc's first position is absolute and the rest are deltas from the previous one, all in
 * integer grid units that the transform's scale and translate turn into degrees.
 *
 * <p>Geometries other than Polygon, MultiPolygon and GeometryCollection (points, lines, null)
 * carry no area and are skipped.
 */
final class TopoJsonDecoder {

  private final List<double[][]> arcs;

  private TopoJsonDecoder(List<double[][]> arcs) {
    this.arcs = arcs;
  }

  /** The shapes of {@code topology.objects[objectName]}. */
  static List<CountryShape> shapes(JsonNode topology, String objectName) {
    JsonNode object = topology.path("objects").path(objectName);
    if (object.isMissingNode()) {
      throw new IllegalArgumentException("the topology has no object named " + objectName);
    }
    TopoJsonDecoder decoder = new TopoJsonDecoder(decodeArcs(topology));
    List<CountryShape> shapes = new ArrayList<>();
    decoder.collect(object, shapes);
    return shapes;
  }

  private static List<double[][]> decodeArcs(JsonNode topology) {
    JsonNode transform = topology.path("transform");
    boolean quantized = !transform.isMissingNode();
    double scaleX = quantized ? transform.path("scale").path(0).asDouble() : 1;
    double scaleY = quantized ? transform.path("scale").path(1).asDouble() : 1;
    double translateX = quantized ? transform.path("translate").path(0).asDouble() : 0;
    double translateY = quantized ? transform.path("translate").path(1).asDouble() : 0;
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topology.path("arcs")) {
      double[][] positions = new double[arc.size()][2];
      long x = 0;
      long y = 0;
      for (int i = 0; i < arc.size(); i++) {
        JsonNode position = arc.get(i);
        if (quantized) {
          x += position.get(0).asLong();
          y += position.get(1).asLong();
          positions[i][0] = x * scaleX + translateX;
          positions[i][1] = y * scaleY + translateY;
        } else {
          positions[i][0] = position.get(0).asDouble();
          positions[i][1] = position.get(1).asDouble();
        }
      }
      arcs.add(positions);
    }
    return arcs;
  }

  private void collect(JsonNode geometry, List<CountryShape> into) {
    String type = geometry.path("type").asText();
    switch (type) {
      case "GeometryCollection" -> geometry.path("geometries").forEach(g -> collect(g, into));
      case "Polygon" -> into.add(shape(geometry, List.of(polygon(geometry.path("arcs")))));
      case "MultiPolygon" -> {
        List<List<Ring>> polygons = new ArrayList<>();
        geometry.path("arcs").forEach(p -> polygons.add(polygon(p)));
        into.add(shape(geometry, polygons));
      }
      default -> { }
    }
  }

  private static CountryShape shape(JsonNode geometry, List<List<Ring>> polygons) {
    return new CountryShape(geometry.path("id").asText(""),
        geometry.path("properties").path("name").asText(""), polygons);
  }

  private List<Ring> polygon(JsonNode rings) {
    List<Ring> polygon = new ArrayList<>();
    rings.forEach(r -> polygon.add(ring(r)));
    return polygon;
  }

  /** The ring as stored: closed, its last position equal to its first. */
  private Ring ring(JsonNode arcIndexes) {
    List<double[]> positions = new ArrayList<>();
    for (JsonNode index : arcIndexes) {
      int i = index.asInt();
      double[][] arc = arcs.get(i >= 0 ? i : ~i);
      for (int k = 0; k < arc.length; k++) {
        if (k == 0 && !positions.isEmpty()) {
          continue;
        }
        positions.add(arc[i >= 0 ? k : arc.length - 1 - k]);
      }
    }
    double[] lons = new double[positions.size()];
    double[] lats = new double[positions.size()];
    for (int k = 0; k < lons.length; k++) {
      lons[k] = positions.get(k)[0];
      lats[k] = positions.get(k)[1];
    }
    return new Ring(lons, lats);
  }
}
