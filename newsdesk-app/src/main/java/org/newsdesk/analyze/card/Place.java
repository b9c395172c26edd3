package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A located entity. {@code precision} says where the coordinates come from: {@code city} or
 * {@code country} from the gazetteer, {@code region} for a part of a country, {@code within} when
 * the gazetteer lacks the name and the place it is said to be in stands for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(
    String name, EntityType type, String country, String countryCode, Double lat, Double lon,
    String precision, String within) {}
