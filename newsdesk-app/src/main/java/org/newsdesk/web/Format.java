package org.newsdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.analyze.card.Event;

/** How values read on the pages: short dates, events as "who —did→ whom". Used by templates. */
public final class Format {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy",
      Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private Format() {}

  public static String date(Optional<Instant> instant) {
    return instant.map(DAY::format).orElse("");
  }

  public static String event(Event e) {
    StringBuilder s = new StringBuilder();
    s.append(e.source() == null || e.source().isEmpty() ? "someone" : String.join(", ", e.source()));
    s.append(" —").append(e.negated() ? "not " : "").append(e.type()).append("→ ");
    s.append(e.target() == null || e.target().isEmpty() ? "" : String.join(", ", e.target()));
    if (e.place() != null) {
      s.append(" in ").append(e.place());
    }
    if (e.time() != null && e.time().value() != null) {
      s.append(", ").append(e.time().value());
    }
    return s.toString().strip();
  }

  public static String coords(double lat, double lon) {
    return String.format(Locale.ROOT, "%.2f, %.2f", lat, lon);
  }
}
