package org.newsdesk.analyze.places;

/**
 * A first-level division of a country (a US state, a Canadian province, England), placed at the
 * centroid of its gazetteer cities; {@code cities} is how many there are, a measure of its size.
 */
public record Region(String name, String countryCode, double lat, double lon, int cities) {}
