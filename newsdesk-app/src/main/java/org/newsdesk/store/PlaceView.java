package org.newsdesk.store;

import java.util.List;

/** A country's page: its name, the stories placed there, and the places named within it. */
public record PlaceView(String countryCode, String name, List<StoryPage.StorySummary> stories,
    List<StoryPage.PlaceCount> places) {}
