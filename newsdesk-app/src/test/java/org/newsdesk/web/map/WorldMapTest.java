package org.newsdesk.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WorldMapTest {

  private static WorldMap map;

  @BeforeAll
  static void load() {
    map = WorldMap.load();
  }

  @Test
  void wholeWorldIsWellFormedXmlAndSmall() throws Exception {
    String svg = map.svg(MapRequest.world());
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(170);
    int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
    System.out.println("whole-world SVG at 960x500: " + bytes + " bytes");
    assertThat(bytes).isLessThan(150_000);
  }

  @Test
  void highlightedCountryCarriesTheClassAndOthersDoNot() throws Exception {
    Document doc = parse(map.svg(MapRequest.world().withHighlighted(Set.of("ru", "FR"))));
    assertThat(country(doc, "RU").getAttribute("class")).isEqualTo("country highlighted");
    assertThat(country(doc, "FR").getAttribute("class")).isEqualTo("country highlighted");
    assertThat(country(doc, "DE").getAttribute("class")).isEqualTo("country");
  }

  @Test
  void parisLandsInsideFrance() throws Exception {
    MapRequest request = MapRequest.world()
        .withPoints(List.of(new MapPoint(48.85, 2.35, "Paris", "/places/paris", 3)));
    Document doc = parse(map.svg(request));
    Element circle = (Element) doc.getElementsByTagName("circle").item(0);
    double x = Double.parseDouble(circle.getAttribute("cx"));
    double y = Double.parseDouble(circle.getAttribute("cy"));
    List<double[]> subpaths = SvgPaths.subpathBounds(country(doc, "FR").getAttribute("d"));
    assertThat(subpaths).anySatisfy(b -> {
      assertThat(x).isBetween(b[0], b[2]);
      assertThat(y).isBetween(b[1], b[3]);
    });
    Element link = (Element) circle.getParentNode();
    assertThat(link.getTagName()).isEqualTo("a");
    assertThat(link.getAttribute("href")).isEqualTo("/places/paris");
    assertThat(circle.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Paris");
  }

  @Test
  void labelsAndLinksAreEscaped() throws Exception {
    String evil = "<script>alert('x')</script> & \"co\"";
    String svg = map.svg(MapRequest.world().withPoints(List.of(
        new MapPoint(10, 10, evil, "/s?a=1&b=<2>", 1))));
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    Document doc = parse(svg);
    Element circle = (Element) doc.getElementsByTagName("circle").item(0);
    assertThat(circle.getTextContent()).isEqualTo(evil);
    assertThat(((Element) circle.getParentNode()).getAttribute("href")).isEqualTo("/s?a=1&b=<2>");
  }

  @Test
  void scriptLinksAreDroppedButThePointStays() throws Exception {
    Document doc = parse(map.svg(MapRequest.world().withPoints(List.of(
        new MapPoint(10, 10, "x", " JavaScript:alert(1)", 1)))));
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("a").getLength()).isZero();
  }

  @Test
  void focusOnJapanFramesJapan() throws Exception {
    Optional<BoundingBox> japan = map.countryBounds("JP");
    assertThat(japan).isPresent();
    assertThat(japan.get().contains(35.68, 139.69)).isTrue();
    Document doc = parse(map.svg(MapRequest.world().withFocus(japan)
        .withPoints(List.of(new MapPoint(35.68, 139.69, "Tokyo", 1),
            new MapPoint(48.85, 2.35, "Paris", 1)))));
    double[] viewBox = viewBox(doc);
    double[] japanShape = SvgPaths.bounds(country(doc, "JP").getAttribute("d"));
    // The view holds all of Japan, and Japan fills most of it one way or the other.
    assertThat(japanShape[0]).isGreaterThanOrEqualTo(viewBox[0]);
    assertThat(japanShape[1]).isGreaterThanOrEqualTo(viewBox[1]);
    assertThat(japanShape[2]).isLessThanOrEqualTo(viewBox[0] + viewBox[2]);
    assertThat(japanShape[3]).isLessThanOrEqualTo(viewBox[1] + viewBox[3]);
    double filled = Math.max((japanShape[2] - japanShape[0]) / viewBox[2],
        (japanShape[3] - japanShape[1]) / viewBox[3]);
    assertThat(filled).isGreaterThan(0.7);
    // Tokyo is drawn, Paris is far outside and left out; so are far countries.
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(1);
    assertThat(country(doc, "JP")).isNotNull();
    assertThat(findCountry(doc, "BR")).isNull();
  }

  @Test
  void everyCountryWithANumericCodeInBothSourcesHasAShape() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> atlasIds = new HashSet<>();
    try (InputStream in = resource("world-atlas/countries-110m.json")) {
      json.readTree(in).path("objects").path("countries").path("geometries")
          .forEach(g -> atlasIds.add(g.path("id").asText("")));
      atlasIds.remove("");
    }
    Set<String> expected = new HashSet<>();
    try (InputStream in = resource("countries.json")) {
      for (JsonNode c : json.readTree(in)) {
        if (atlasIds.contains(c.path("ccn3").asText("-"))) {
          expected.add(c.path("cca2").asText());
        }
      }
    }
    System.out.println("countries with a shape: " + map.countriesWithShapes().size()
        + " (with a numeric code in both sources: " + expected.size() + ")");
    assertThat(expected).hasSizeGreaterThan(170).doesNotContain("XK");
    assertThat(map.countriesWithShapes()).containsAll(expected).contains("XK");
    Document doc = parse(map.svg(MapRequest.world()));
    for (String code : expected) {
      assertThat(findCountry(doc, code)).as(code).isNotNull();
    }
  }

  @Test
  void countriesAcrossTheAntimeridianDrawNoLineAcrossTheMap() throws Exception {
    Document doc = parse(map.svg(MapRequest.world()));
    double[] viewBox = viewBox(doc);
    for (String code : List.of("RU", "FJ", "AQ", "US")) {
      for (double[] b : SvgPaths.subpathBounds(country(doc, code).getAttribute("d"))) {
        double width = b[2] - b[0];
        // Antarctica alone may span the map, as a filled band, not a stray line.
        if (!code.equals("AQ")) {
          assertThat(width).as(code).isLessThan(viewBox[2] / 2);
        }
      }
    }
    // Russia has a piece at each edge: Chukotka east of 180° appears at the far west.
    List<double[]> russia = SvgPaths.subpathBounds(country(doc, "RU").getAttribute("d"));
    assertThat(russia).anySatisfy(b -> assertThat(b[0]).isLessThan(viewBox[0] + 30));
    assertThat(russia).anySatisfy(b -> assertThat(b[2]).isGreaterThan(viewBox[2] - 5));
  }

  @Test
  void russiaAndFijiBoundsCrossTheAntimeridianInsteadOfSpanningTheWorld() {
    BoundingBox russia = map.countryBounds("RU").orElseThrow();
    assertThat(russia.crossesAntimeridian()).isTrue();
    assertThat(russia.lonSpan()).isBetween(150.0, 200.0);
    BoundingBox fiji = map.countryBounds("FJ").orElseThrow();
    assertThat(fiji.crossesAntimeridian()).isTrue();
    assertThat(fiji.lonSpan()).isLessThan(5);
    assertThat(map.countryBounds("FR").orElseThrow().crossesAntimeridian()).isFalse();
  }

  @Test
  void focusOnFijiDrawsItInOnePieceInTheMiddle() throws Exception {
    MapRequest request = MapRequest.world().withFocus(map.countryBounds("FJ"));
    Document doc = parse(map.svg(request));
    double[] viewBox = viewBox(doc);
    double[] fiji = SvgPaths.bounds(country(doc, "FJ").getAttribute("d"));
    assertThat(fiji[0]).isGreaterThan(viewBox[0]);
    assertThat(fiji[2]).isLessThan(viewBox[0] + viewBox[2]);
  }

  @Test
  void countryTooSmallForTheShapesIsStillHighlightedAndHasBounds() throws Exception {
    assertThat(map.countriesWithShapes()).doesNotContain("SG");
    assertThat(map.countryBounds("SG")).hasValueSatisfying(b -> assertThat(b.contains(1.3, 103.8)).isTrue());
    Document doc = parse(map.svg(MapRequest.world().withHighlighted(Set.of("SG"))));
    Element marker = findCircle(doc, "SG");
    assertThat(marker).isNotNull();
    assertThat(marker.getAttribute("class")).contains("highlighted");
  }

  @Test
  void franceZoomsToEuropeNotToFrenchGuiana() {
    BoundingBox france = map.countryBounds("FR").orElseThrow();
    assertThat(france.contains(48.85, 2.35)).as("Paris").isTrue();
    assertThat(france.contains(42.15, 9.1)).as("Corsica").isTrue();
    assertThat(france.contains(4.9, -52.3)).as("Cayenne").isFalse();
    BoundingBox us = map.countryBounds("US").orElseThrow();
    assertThat(us.contains(61.2, -149.9)).as("Anchorage").isTrue();
    assertThat(us.contains(21.3, -157.9)).as("Honolulu").isFalse();
  }

  @Test
  void unknownCountryHasNoBounds() {
    assertThat(map.countryBounds("ZZ")).isEmpty();
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static double[] viewBox(Document doc) {
    String[] parts = doc.getDocumentElement().getAttribute("viewBox").split(" ");
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i]);
    }
    return box;
  }

  private static Element country(Document doc, String code) {
    Element path = findCountry(doc, code);
    assertThat(path).as("path for " + code).isNotNull();
    return path;
  }

  private static Element findCountry(Document doc, String code) {
    return find(doc.getElementsByTagName("path"), code);
  }

  private static Element findCircle(Document doc, String code) {
    return find(doc.getElementsByTagName("circle"), code);
  }

  private static Element find(NodeList nodes, String code) {
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (code.equals(e.getAttribute("data-cc"))) {
        return e;
      }
    }
    return null;
  }

  private static InputStream resource(String name) {
    return WorldMapTest.class.getResourceAsStream("/gazetteer/" + name);
  }

  /** Reads back the path data the map writes: M (absolute), l (relative), z. */
  static final class SvgPaths {

    static List<double[]> subpathBounds(String d) {
      List<double[]> boxes = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("[Mlz]|-?\\d+(?:\\.\\d+)?").matcher(d);
      char command = 0;
      double x = 0;
      double y = 0;
      double[] box = null;
      List<Double> pending = new ArrayList<>();
      while (m.find()) {
        String token = m.group();
        if (token.equals("M") || token.equals("l") || token.equals("z")) {
          command = token.charAt(0);
          if (command == 'z') {
            boxes.add(box);
          }
          continue;
        }
        pending.add(Double.parseDouble(token));
        if (pending.size() == 2) {
          if (command == 'M') {
            x = pending.get(0);
            y = pending.get(1);
            box = new double[] {x, y, x, y};
          } else {
            x += pending.get(0);
            y += pending.get(1);
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
          }
          pending.clear();
        }
      }
      return boxes;
    }

    static double[] bounds(String d) {
      double[] all = null;
      for (double[] b : subpathBounds(d)) {
        all = all == null ? b.clone() : new double[] {Math.min(all[0], b[0]),
            Math.min(all[1], b[1]), Math.max(all[2], b[2]), Math.max(all[3], b[3])};
      }
      return all;
    }
  }
}
