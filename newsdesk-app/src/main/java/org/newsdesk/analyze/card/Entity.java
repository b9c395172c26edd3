package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One real-world thing, with every mention of it gathered under its canonical name. {@code
 * country} is the state it belongs to; {@code actsFor} is the state it speaks or acts for (the
 * Kremlin for Russia), which is what events and quotes use as actor.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Entity(
    String id,
    String name,
    EntityType type,
    String country,
    String actsFor,
    List<String> titles,
    String organization,
    List<Mention> mentions) {

  /** {@code kind} says how the mention names the entity: name, alias, demonym, metonym. */
  public record Mention(String text, int start, int end, String kind, int sentence) {}
}
