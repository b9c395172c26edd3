package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who did what to whom. {@code type} is one of {@link org.newsdesk.analyze.events.EventType}'s
 * names; {@code plover} its PLOVER category where one fits. Actors are canonical entity names.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Event(
    String type,
    String plover,
    String trigger,
    List<String> source,
    List<String> target,
    String about,
    String place,
    DateMention time,
    Integer count,
    String reportedBy,
    boolean negated,
    SentenceRef sentence) {}
