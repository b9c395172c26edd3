package org.newsdesk.web.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A world map drawn as inline SVG from country shapes bundled on the class path, so a page can
 * show where its stories are without JavaScript and without a tile server.
 *
 * <p>Load it once ({@link #load()} reads and decodes about 1 MB of JSON) and share it: an
 * instance never changes after construction and every method is safe to call from many threads.
 *
 * <p>Data: country shapes from world-atlas 2.0.2 by Mike Bostock (ISC licence; its LICENSE is
 * bundled beside the file in {@code gazetteer/world-atlas/}), made from Natural Earth's 1:110m
 * Admin 0 countries, which are in the public domain (naturalearthdata.com). Country codes and
 * names from world-countries (ODbL), the file the gazetteer already bundles.
 */
public final class WorldMap {

  /** A country whose shapes have no area this wide in degrees gets a box this wide to zoom to. */
  private static final double SMALL_COUNTRY_BOX_DEGREES = 2;

  private final List<MapCountry> countries;
  private final Map<String, MapCountry> byAlpha2;
  private final Map<String, CountryDirectory.Entry> withoutShape;

  private WorldMap(List<CountryShape> shapes, CountryDirectory directory, JsonNode allCountries) {
    List<MapCountry> drawn = new ArrayList<>();
    Map<String, MapCountry> coded = new LinkedHashMap<>();
    for (CountryShape shape : shapes) {
      Optional<CountryDirectory.Entry> entry = directory.forShape(shape);
      MapCountry country = MapCountry.of(entry.map(CountryDirectory.Entry::alpha2).orElse(""),
          entry.map(CountryDirectory.Entry::name).orElse(shape.name()), shape);
      drawn.add(country);
      if (!country.alpha2().isEmpty()) {
        coded.put(country.alpha2(), country);
      }
    }
    Map<String, CountryDirectory.Entry> small = new HashMap<>();
    for (JsonNode c : allCountries) {
      String alpha2 = c.path("cca2").asText("");
      if (!alpha2.isEmpty() && !coded.containsKey(alpha2)) {
        directory.byAlpha2(alpha2).ifPresent(e -> small.put(alpha2, e));
      }
    }
    this.countries = List.copyOf(drawn);
    this.byAlpha2 = Collections.unmodifiableMap(coded);
    this.withoutShape = Map.copyOf(small);
  }

  /** The map from the bundled data; throws if the build did not put it on the class path. */
  public static WorldMap load() {
    try (InputStream topology = resource("world-atlas/countries-110m.json");
        InputStream countries = resource("countries.json")) {
      return read(topology, countries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled world map", e);
    }
  }

  /** A map from a TopoJSON topology with a "countries" object and a world-countries file. */
  static WorldMap read(InputStream topology, InputStream countries) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode allCountries = json.readTree(countries);
    return new WorldMap(TopoJsonDecoder.shapes(json.readTree(topology), "countries"),
        new CountryDirectory(allCountries), allCountries);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = WorldMap.class.getResourceAsStream("/gazetteer/" + name);
    if (in == null) {
      throw new IOException("gazetteer/" + name + " is not on the class path (run ./mvnw package)");
    }
    return in;
  }

  /** The map as an {@code <svg>} element, ready to put into an HTML page. */
  public String svg(MapRequest request) {
    return SvgMapWriter.write(request, countries, withoutShape);
  }

  /**
   * The box to zoom to for a country (ISO 3166-1 alpha-2, any case): round its largest shape and
   * those near it, leaving out parts an ocean away (French Guiana, Hawaii); or for a country too
   * small to have a shape at this scale (Singapore, Malta) a small box round its
   * centre; empty for a code the data does not know.
   */
  public Optional<BoundingBox> countryBounds(String alpha2) {
    String code = alpha2.toUpperCase(Locale.ROOT);
    MapCountry country = byAlpha2.get(code);
    if (country != null) {
      return Optional.of(country.bounds());
    }
    CountryDirectory.Entry small = withoutShape.get(code);
    if (small == null) {
      return Optional.empty();
    }
    double half = SMALL_COUNTRY_BOX_DEGREES / 2;
    return Optional.of(new BoundingBox(Math.max(-90, small.lat() - half),
        BoundingBox.normalizeLon(small.lon() - half), Math.min(90, small.lat() + half),
        BoundingBox.normalizeLon(small.lon() + half)));
  }

  /** The alpha-2 codes of the countries that have a shape on this map. */
  public Set<String> countriesWithShapes() {
    return byAlpha2.keySet();
  }
}
