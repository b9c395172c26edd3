package org.newsdesk.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void aBoxWhoseWestIsEastOfItsEastCrossesTheAntimeridian() {
    BoundingBox box = new BoundingBox(-20, 170, -10, -170);
    assertThat(box.crossesAntimeridian()).isTrue();
    assertThat(box.lonSpan()).isEqualTo(20);
    assertThat(box.centerLon()).isEqualTo(-180);
    assertThat(box.contains(-15, 179)).isTrue();
    assertThat(box.contains(-15, -175)).isTrue();
    assertThat(box.contains(-15, 0)).isFalse();
  }

  @Test
  void badLatitudesAreRefusedWithTheValues() {
    assertThatThrownBy(() -> new BoundingBox(10, 0, 5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0, 5.0");
  }
}
