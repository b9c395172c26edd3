package org.newsdesk.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonDecoderTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void quantizedArcsAreDeltaDecodedAndTransformed() throws Exception {
    // One square split by a shared border: arc 0 is the border, walked backwards (~0 = -1) by
    // the second polygon; arcs 1 and 2 are the outer sides.
    String topology = """
        {"type":"Topology","transform":{"scale":[0.5,2],"translate":[10,-20]},
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
           {"type":"MultiPolygon","properties":{"name":"East"},"arcs":[[[-1,2]]]},
           {"type":"Point","coordinates":[0,0]}]}},
         "arcs":[[[2,0],[0,2]],
                 [[2,2],[-2,0],[0,-2],[2,0]],
                 [[2,0],[2,0],[0,2],[-2,0]]]}
        """;
    List<CountryShape> shapes = TopoJsonDecoder.shapes(json.readTree(topology), "countries");
    assertThat(shapes).hasSize(2);
    CountryShape west = shapes.get(0);
    assertThat(west.numericId()).isEqualTo("001");
    assertThat(west.name()).isEqualTo("West");
    Ring ring = west.polygons().get(0).get(0);
    // grid (2,0) (2,2) (0,2) (0,0) (2,0): x*0.5+10, y*2-20, shared end points not repeated
    assertThat(ring.lons()).containsExactly(11, 11, 10, 10, 11);
    assertThat(ring.lats()).containsExactly(-20, -16, -16, -20, -20);
    CountryShape east = shapes.get(1);
    assertThat(east.numericId()).isEmpty();
    Ring reversed = east.polygons().get(0).get(0);
    // arc 0 backwards: (2,2) (2,0), then arc 2 from (2,0): (4,0) (4,2) (2,2)
    assertThat(reversed.lons()).containsExactly(11, 11, 12, 12, 11);
    assertThat(reversed.lats()).containsExactly(-16, -20, -20, -16, -16);
  }

  @Test
  void unquantizedArcsAreReadAsTheyAre() throws Exception {
    String topology = """
        {"type":"Topology","objects":{"c":{"type":"Polygon","arcs":[[0]]}},
         "arcs":[[[1.5,2.5],[3.5,2.5],[3.5,4.5],[1.5,2.5]]]}
        """;
    Ring ring = TopoJsonDecoder.shapes(json.readTree(topology), "c").get(0).polygons().get(0).get(0);
    assertThat(ring.lons()).containsExactly(1.5, 3.5, 3.5, 1.5);
  }
}
