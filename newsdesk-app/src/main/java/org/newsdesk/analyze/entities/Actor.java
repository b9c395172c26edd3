package org.newsdesk.analyze.entities;

import java.util.List;
import org.newsdesk.analyze.card.Entity;

/**
 * Who speaks or acts: canonical entities, or, for a group with no name ("experts", "officials"),
 * a description.
 */
public record Actor(List<Entity> entities, String description) {

  public static Actor of(List<Entity> entities) {
    return new Actor(List.copyOf(entities), null);
  }

  public static Actor described(String description) {
    return new Actor(List.of(), description);
  }

  public boolean named() {
    return !entities.isEmpty();
  }

  public List<String> names() {
    return entities.stream().map(Entity::name).toList();
  }

  /** Names if named, else the description: what a card shows as "who". */
  public List<String> labels() {
    return named() ? names() : List.of(description);
  }
}
