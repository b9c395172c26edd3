package org.newsdesk.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.analyze.card.Claim;
import org.newsdesk.analyze.card.DateMention;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.EntityType;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.analyze.card.Place;
import org.newsdesk.analyze.card.Quote;

/**
 * The insight card for a human reader ({@code --format text}): entities by type with how often
 * each is mentioned, quotes with their speakers, events as {@code source —type→ target (place,
 * time)}, claims with who makes and who denies them, dates with what they resolve to, places with
 * coordinates. Offsets and sentences are left to the JSON.
 */
final class CardSummary {

  /** Longer quotes and claims are cut here; the JSON has them whole. */
  static final int MAX_TEXT = 200;

  private CardSummary() {}

  static String render(InsightCard card) {
    StringBuilder out = new StringBuilder();
    out.append("Insight card");
    if (card.published() != null) {
      out.append(" · published ").append(card.published());
    }
    out.append(String.format(Locale.ROOT, " · %d sentences · %,d characters%n",
        size(card.sentences()), card.body() == null ? 0 : card.body().text().length()));
    if (card.truncated() != null) {
      out.append(String.format(Locale.ROOT, "Analyzed the first %,d of %,d characters.%n",
          card.truncated().analyzedChars(), card.truncated().totalChars()));
    }
    entities(card.entities(), out);
    quotes(card.quotes(), out);
    events(card.events(), out);
    claims(card.claims(), out);
    dates(card.dates(), out);
    places(card.places(), out);
    return out.toString();
  }

  private static void entities(List<Entity> entities, StringBuilder out) {
    section("Entities", entities, out);
    Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
    for (Entity e : nonNull(entities)) {
      byType.computeIfAbsent(e.type() == null ? EntityType.OTHER : e.type(),
          t -> new ArrayList<>()).add(e);
    }
    byType.forEach((type, list) -> {
      list.sort(Comparator.comparingInt((Entity e) -> -size(e.mentions()))
          .thenComparing(Entity::name));
      List<String> names = new ArrayList<>();
      for (Entity e : list) {
        names.add(e.name() + " (" + size(e.mentions()) + ")");
      }
      out.append(String.format(Locale.ROOT, "  %-13s %s%n", type, String.join(", ", names)));
    });
  }

  private static void quotes(List<Quote> quotes, StringBuilder out) {
    section("Quotes", quotes, out);
    for (Quote q : nonNull(quotes)) {
      String who = q.speaker() != null ? q.speaker()
          : q.speakerDescription() != null ? q.speakerDescription() : "unknown speaker";
      out.append("  “").append(clip(q.text())).append("” — ").append(who);
      if (q.verb() != null) {
        out.append(" (").append(q.verb()).append(')');
      }
      if (q.kind() != null) {
        out.append(" [").append(q.kind()).append(']');
      }
      out.append('\n');
    }
  }

  private static void events(List<Event> events, StringBuilder out) {
    section("Events", events, out);
    for (Event e : nonNull(events)) {
      out.append("  ").append(actors(e.source()))
          .append(" —").append(e.negated() ? "not " : "").append(e.type()).append("→ ")
          .append(actors(e.target()));
      List<String> circumstances = new ArrayList<>();
      if (e.place() != null) {
        circumstances.add(e.place());
      }
      if (e.time() != null) {
        circumstances.add(date(e.time()));
      }
      if (!circumstances.isEmpty()) {
        out.append(" (").append(String.join(", ", circumstances)).append(')');
      }
      if (e.about() != null) {
        out.append(" about ").append(clip(e.about()));
      }
      if (e.reportedBy() != null) {
        out.append(" — according to ").append(e.reportedBy());
      }
      out.append('\n');
    }
  }

  private static void claims(List<Claim> claims, StringBuilder out) {
    section("Claims", claims, out);
    for (Claim c : nonNull(claims)) {
      out.append("  “").append(clip(c.text())).append("”\n");
      out.append("      claimed by ").append(list(c.claimedBy()));
      if (!nonNull(c.deniedBy()).isEmpty()) {
        out.append("; denied by ").append(list(c.deniedBy()));
      }
      out.append('\n');
    }
  }

  private static void dates(List<DateMention> dates, StringBuilder out) {
    section("Dates", dates, out);
    for (DateMention d : nonNull(dates)) {
      out.append("  ").append(date(d));
      if (d.from() != null && d.to() != null && !d.from().equals(d.to())) {
        out.append(" (").append(d.from()).append(" … ").append(d.to()).append(')');
      }
      out.append('\n');
    }
  }

  private static void places(List<Place> places, StringBuilder out) {
    section("Places", places, out);
    for (Place p : nonNull(places)) {
      out.append("  ").append(p.name());
      if (p.country() != null && !p.country().equals(p.name())) {
        out.append(", ").append(p.country());
      }
      if (p.lat() != null && p.lon() != null) {
        out.append(String.format(Locale.ROOT, "  %.4f, %.4f", p.lat(), p.lon()));
      }
      if (p.within() != null) {
        out.append(" (within ").append(p.within()).append(')');
      } else if (p.precision() != null) {
        out.append(" (").append(p.precision()).append(')');
      }
      out.append('\n');
    }
  }

  private static void section(String title, List<?> items, StringBuilder out) {
    out.append('\n').append(title).append(nonNull(items).isEmpty() ? ": none" : "").append('\n');
  }

  private static String date(DateMention d) {
    return d.value() == null || d.value().equals(d.text())
        ? d.text() : d.text() + " = " + d.value();
  }

  private static String actors(List<String> actors) {
    return nonNull(actors).isEmpty() ? "?" : String.join(" and ", actors);
  }

  private static String list(List<String> names) {
    return nonNull(names).isEmpty() ? "unknown" : String.join(", ", names);
  }

  private static String clip(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_TEXT ? flat : flat.substring(0, MAX_TEXT - 1) + "…";
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
