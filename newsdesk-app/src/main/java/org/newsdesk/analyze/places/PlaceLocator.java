package org.newsdesk.analyze.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.EntityType;
import org.newsdesk.analyze.card.Place;
import org.newsdesk.analyze.entities.EntityIndex;

/**
 * Puts the article's places on the map. Countries and cities come from the gazetteer. A state or
 * province ("California", "England") sits at the mean position of its cities; a region of a
 * country ("Russia's far east") at the centroid of the country's cities in that part of its
 * extent. A place the gazetteer lacks (a cosmodrome, a base) takes the position of the place the
 * article says it is in — "the Vostochny Cosmodrome in Russia's far east" — and says so.
 */
public final class PlaceLocator {

  private static final Pattern IN = Pattern.compile("^\\s*(?:,\\s*|\\s+in\\s+|\\s+near\\s+|\\s+outside\\s+)(?:the\\s+)?");

  private final Gazetteer gazetteer;

  public PlaceLocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Place> locate(EntityIndex index, String text) {
    List<String> context = new ArrayList<>();
    for (Entity e : index.entities()) {
      if (e.type() == EntityType.COUNTRY) {
        gazetteer.countryNamed(e.name()).ifPresent(c -> context.add(c.code()));
      }
    }
    List<Place> places = new ArrayList<>();
    for (Entity e : index.entities()) {
      if (e.type().isLocation()) {
        direct(e, context).or(() -> within(e, index, text, context)).ifPresent(places::add);
      }
    }
    return places;
  }

  private Optional<Place> direct(Entity e, List<String> context) {
    switch (e.type()) {
      case COUNTRY:
        return gazetteer.countryNamed(e.name()).map(c ->
            new Place(c.name(), EntityType.COUNTRY, c.name(), c.code(), c.lat(), c.lon(), "country", null));
      case PLACE:
        // A place is a region or a name with an article ("the West"): never the town of that name.
        if (e.mentions().stream().anyMatch(m -> m.kind().equals("region"))) {
          return region(e);
        }
        // Only the region the entity was found to be in: "the West" is no region of Cameroon.
        return gazetteer.region(e.name(), context)
            .filter(r -> countryName(r.countryCode()).equals(e.country()))
            .map(r -> new Place(e.name(), EntityType.PLACE,
            countryName(r.countryCode()), r.countryCode(), round(r.lat()), round(r.lon()), "region",
            countryName(r.countryCode())));
      case CITY:
        return gazetteer.bestCity(e.name(), context).map(c -> new Place(e.name(), EntityType.CITY,
            countryName(c.countryCode()), c.countryCode(), c.lat(), c.lon(), "city", null));
      default:
        return Optional.empty();
    }
  }

  private Optional<Place> within(Entity e, EntityIndex index, String text, List<String> context) {
    for (Entity.Mention m : e.mentions()) {
      Matcher after = IN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
      if (!after.find()) {
        continue;
      }
      int at = m.end() + after.end();
      Optional<Entity> container = index.at(at, at + 1).filter(c -> c != e && c.type().isLocation());
      if (container.isPresent()) {
        Optional<Place> p = direct(container.get(), context);
        if (p.isPresent()) {
          Place c = p.get();
          return Optional.of(new Place(e.name(), e.type(), c.country(), c.countryCode(), c.lat(), c.lon(),
              "within", container.get().name()));
        }
      }
    }
    if (e.country() != null) {
      return gazetteer.countryNamed(e.country()).map(c -> new Place(e.name(), e.type(), c.name(), c.code(),
          c.lat(), c.lon(), "within", c.name()));
    }
    return Optional.empty();
  }

  /**
   * The centroid of a country's cities in one part of its extent: the half toward the direction,
   * the third for "far". Longitudes are unwrapped for countries across the antimeridian.
   */
  private Optional<Place> region(Entity e) {
    if (e.country() == null) {
      return Optional.empty();
    }
    Optional<Country> country = gazetteer.countryNamed(e.country());
    if (country.isEmpty()) {
      return Optional.empty();
    }
    List<City> cities = gazetteer.citiesIn(country.get().code());
    if (cities.isEmpty()) {
      return Optional.empty();
    }
    boolean wraps = cities.stream().anyMatch(c -> c.lon() < -150) && cities.stream().anyMatch(c -> c.lon() > 150);
    double minLat = 90, maxLat = -90, minLon = 400, maxLon = -400;
    for (City c : cities) {
      double lon = unwrap(c.lon(), wraps);
      minLat = Math.min(minLat, c.lat());
      maxLat = Math.max(maxLat, c.lat());
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
    }
    String name = e.name().toLowerCase(Locale.ROOT);
    double share = name.contains(" far ") ? 1.0 / 3 : 0.5;
    double sumLat = 0, sumLon = 0;
    int n = 0;
    for (City c : cities) {
      double lon = unwrap(c.lon(), wraps);
      boolean in = true;
      if (name.contains("east")) in &= lon >= maxLon - share * (maxLon - minLon);
      if (name.contains("west")) in &= lon <= minLon + share * (maxLon - minLon);
      if (name.contains("north")) in &= c.lat() >= maxLat - share * (maxLat - minLat);
      if (name.contains("south")) in &= c.lat() <= minLat + share * (maxLat - minLat);
      if (in) {
        sumLat += c.lat();
        sumLon += lon;
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    double lon = sumLon / n > 180 ? sumLon / n - 360 : sumLon / n;
    return Optional.of(new Place(e.name(), EntityType.PLACE, country.get().name(), country.get().code(),
        round(sumLat / n), round(lon), "region", country.get().name()));
  }

  private static double unwrap(double lon, boolean wraps) {
    return wraps && lon < 0 ? lon + 360 : lon;
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  private String countryName(String code) {
    return gazetteer.country(code).map(Country::name).orElse(code);
  }
}
