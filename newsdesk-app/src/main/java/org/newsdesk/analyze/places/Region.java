package org.newsdesk.analyze.places;

/**
 * A first-level division of a country (a US state, a Canadian province, England or Scotland in the
 * United Kingdom), from GeoNames' admin1 codes, placed at the mean position of its cities; {@code
 * cities} is how many there are, a measure of its size.
 */
public record Region(String name, String countryCode, String admin1, double lat, double lon, int cities) {}
