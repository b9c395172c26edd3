package org.newsdesk.analyze.places;

/** A populated place from GeoNames (cities of 1,000 people or more). */
public record City(String name, String countryCode, String admin1, double lat, double lon) {}
