package org.newsdesk.analyze.places;

import java.util.List;

/** A state as the gazetteer knows it: canonical English name, ISO code, capitals, centroid. */
public record Country(
    String code, String name, String official, List<String> capitals, List<String> demonyms,
    List<String> aliases, double lat, double lon) {}
