package org.newsdesk.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntimeridianTest {

  @Test
  void aRingThatStepsAcrossTheAntimeridianIsMadeContinuous() {
    Ring closed = new Ring(new double[] {170, -170, -170, 170, 170},
        new double[] {60, 60, 70, 70, 60});
    Ring unwrapped = Antimeridian.unwrap(closed);
    assertThat(unwrapped.lons()).containsExactly(170, 190, 190, 170);
  }

  @Test
  void itIsCutIntoOnePieceAtEachEdgeOfAWorldMap() {
    Ring unwrapped = new Ring(new double[] {170, 190, 190, 170}, new double[] {60, 60, 70, 70});
    List<Ring> pieces = Antimeridian.piecesIn(unwrapped, -180);
    assertThat(pieces).hasSize(2);
    assertThat(pieces).allSatisfy(p -> {
      assertThat(p.minLon()).isGreaterThanOrEqualTo(-180);
      assertThat(p.maxLon()).isLessThanOrEqualTo(180);
      assertThat(p.maxLon() - p.minLon()).isEqualTo(10);
    });
  }

  @Test
  void onAMapCentredOnThePacificItStaysWhole() {
    Ring unwrapped = new Ring(new double[] {170, 190, 190, 170}, new double[] {60, 60, 70, 70});
    List<Ring> pieces = Antimeridian.piecesIn(unwrapped, 0);
    assertThat(pieces).hasSize(1);
    assertThat(pieces.get(0).lons()).containsExactly(170, 190, 190, 170);
  }

  @Test
  void aRingRoundThePoleIsClosedAlongThePole() {
    Ring closed = new Ring(new double[] {-180, -60, 60, 180, -180},
        new double[] {-70, -75, -72, -70, -70});
    Ring unwrapped = Antimeridian.unwrap(closed);
    assertThat(unwrapped.maxLon() - unwrapped.minLon()).isEqualTo(360);
    assertThat(unwrapped.lats()[unwrapped.size() - 1]).isEqualTo(-90);
    assertThat(unwrapped.lats()[unwrapped.size() - 2]).isEqualTo(-90);
  }

  @Test
  void clippingOnAVerticalLineInterpolatesTheCrossing() {
    Ring square = new Ring(new double[] {0, 20, 20, 0}, new double[] {0, 0, 10, 10});
    Ring west = Antimeridian.clip(square, 10, false);
    assertThat(west.maxLon()).isEqualTo(10);
    assertThat(MapCountry.area(west)).isEqualTo(100);
  }
}
