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
  /** Every mention with its entity, by start offset: lookups by span are a binary search. */
  private final List<Located> byStart = new ArrayList<>();
  private final int longestMention;

  private record Located(Entity.Mention mention, Entity entity) {}

  EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    int longest = 0;
    for (Entity e : entities) {
      for (Entity.Mention m : e.mentions()) {
        byStart.add(new Located(m, e));
        longest = Math.max(longest, m.end() - m.start());
      }
    }
    byStart.sort(Comparator.comparingInt(l -> l.mention().start()));
    this.longestMention = longest;
  }

  public List<Entity> entities() {
    return entities;
  }

  /**
   * The entity mentioned at [start, end): the one with a mention overlapping the span, the
   * longest such mention winning ("South Korean military" over "South Korean").
   */
  public Optional<Entity> at(int start, int end) {
    // Mentions overlapping [start, end) start before end and after start - longestMention.
    int lo = 0;
    int hi = byStart.size();
    int from = start - longestMention;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart.get(mid).mention().start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Entity best = null;
    int bestLen = -1;
    for (int i = lo; i < byStart.size() && byStart.get(i).mention().start() < end; i++) {
      Entity.Mention m = byStart.get(i).mention();
      if (start < m.end() && m.end() - m.start() > bestLen) {
        best = byStart.get(i).entity();
        bestLen = m.end() - m.start();
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
