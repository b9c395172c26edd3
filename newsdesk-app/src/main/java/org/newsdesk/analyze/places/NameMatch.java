package org.newsdesk.analyze.places;

/**
 * A country named in a text, and how: by its name or an alias ({@code name}, {@code alias}), by a
 * demonym ({@code demonym}, "Chinese"), or by its capital ({@code capital}, "Pyongyang").
 */
public record NameMatch(int start, int end, String text, Country country, String kind) {}
