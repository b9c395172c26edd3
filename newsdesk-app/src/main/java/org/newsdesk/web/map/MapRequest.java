package org.newsdesk.web.map;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to draw: countries to highlight (ISO 3166-1 alpha-2, any case), points to mark, the part
 * of the globe to show (the whole world when {@code focus} is empty) and the size of the SVG in
 * CSS pixels. The shown area is widened as needed to the aspect ratio of width and height.
 */
public record MapRequest(Set<String> highlightedCountries, List<MapPoint> points,
    Optional<BoundingBox> focus, int width, int height) {

  public MapRequest {
    highlightedCountries = highlightedCountries.stream()
        .map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    points = List.copyOf(points);
    Objects.requireNonNull(focus, "focus");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "width and height must be > 0; got " + width + "x" + height);
    }
  }

  /** The whole world at 960x500 with nothing marked. */
  public static MapRequest world() {
    return new MapRequest(Set.of(), List.of(), Optional.empty(), 960, 500);
  }

  public MapRequest withHighlighted(Set<String> countries) {
    return new MapRequest(countries, points, focus, width, height);
  }

  public MapRequest withPoints(List<MapPoint> newPoints) {
    return new MapRequest(highlightedCountries, newPoints, focus, width, height);
  }

  public MapRequest withFocus(Optional<BoundingBox> box) {
    return new MapRequest(highlightedCountries, points, box, width, height);
  }
}
