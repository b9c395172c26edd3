package org.newsdesk.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.EntityType;

/** The article's canonical entities, and which of them a span of text refers to. */
public final class EntityIndex {

  private final List<Entity> entities;

  EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  public List<Entity> entities() {
    return entities;
  }

  /**
   * The entity mentioned at [start, end): the one with a mention overlapping the span, the
   * longest such mention winning ("South Korean military" over "South Korean").
   */
  public Optional<Entity> at(int start, int end) {
    Entity best = null;
    int bestLen = -1;
    for (Entity e : entities) {
      for (Entity.Mention m : e.mentions()) {
        if (m.start() < end && start < m.end() && m.end() - m.start() > bestLen) {
          best = e;
          bestLen = m.end() - m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public Optional<Entity> named(String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /**
   * The {@code n} people mentioned most often before {@code offset}, for plural references such
   * as "the two leaders" or "the pair".
   */
  public List<Entity> prominentPeople(int offset, int n) {
    List<Entity> people = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && mentionsBefore(e, offset) > 0) {
        people.add(e);
      }
    }
    people.sort(Comparator.comparingLong((Entity e) -> -mentionsBefore(e, offset))
        .thenComparingInt(e -> e.mentions().get(0).start()));
    return people.subList(0, Math.min(n, people.size()));
  }

  /** The person mentioned last before {@code offset}, for "he" and "she". */
  public Optional<Entity> lastPersonBefore(int offset) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Entity.Mention m : e.mentions()) {
        if (m.end() <= offset && m.start() > bestStart) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static long mentionsBefore(Entity e, int offset) {
    return e.mentions().stream().filter(m -> m.end() <= offset).count();
  }
}
