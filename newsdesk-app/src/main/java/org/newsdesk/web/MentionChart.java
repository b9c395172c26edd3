package org.newsdesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.store.EntityView;

/**
 * An entity's mentions over time as an inline SVG bar chart, so it needs no script and no
 * library: one slot a day over at least {@link #MIN_DAYS} days around the mentions (at most the
 * last 365), bars no wider than {@link #MAX_BAR}, dated ticks, and the counts written out.
 */
final class MentionChart {

  static final int WIDTH = 720;
  static final int HEIGHT = 120;
  /** Fewer days than this and a lone mention filled the whole width as one block. */
  static final int MIN_DAYS = 30;
  static final int MAX_BAR = 16;
  private static final int MAX_DAYS = 365;
  /** Room above the tallest bar for its count, and below the axis for the dates. */
  private static final int TOP = 14;
  private static final int BOTTOM = 18;
  /** Centred tick labels closer than this would run into each other (or into a full date). */
  private static final int MIN_LABEL_GAP = 70;
  private static final int MIN_GAP_TO_END = 100;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy",
      Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM",
      Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy",
      Locale.ENGLISH);

  private MentionChart() {}

  static String svg(List<EntityView.DayCount> days) {
    if (days.isEmpty()) {
      return "<p class=\"meta\">No dated mentions.</p>";
    }
    Range range = Range.around(days);
    List<EntityView.DayCount> shown = days.stream()
        .filter(d -> !d.day().isBefore(range.first())).toList();
    int max = shown.stream().mapToInt(EntityView.DayCount::mentions).max().orElse(1);
    double slot = (double) WIDTH / range.days();
    double bar = Math.max(1, Math.min(MAX_BAR, slot * 0.8));
    // Counts over every bar only while they fit; otherwise the tooltip and the caption say them.
    boolean labelEach = slot >= 18;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\""
        + " width=\"100%%\" aria-label=\"mentions per day\">", WIDTH, TOP + HEIGHT + BOTTOM));
    svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"0\" y1=\"%d\" x2=\"%d\""
        + " y2=\"%d\"/>", TOP + HEIGHT, WIDTH, TOP + HEIGHT));
    for (EntityView.DayCount d : shown) {
      double x = range.offset(d.day()) * slot + (slot - bar) / 2;
      double h = Math.max(2, (double) d.mentions() / max * HEIGHT);
      double y = TOP + HEIGHT - h;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
          + " height=\"%.1f\"><title>%s: %d mention%s</title></rect>", x, y, bar, h,
          DAY.format(d.day()), d.mentions(), d.mentions() == 1 ? "" : "s"));
      if (labelEach || d.mentions() == max) {
        svg.append(String.format(Locale.ROOT, "<text class=\"count\" x=\"%.1f\" y=\"%.1f\""
            + " font-size=\"9\" text-anchor=\"middle\">%d</text>", x + bar / 2, y - 3,
            d.mentions()));
      }
    }
    for (Tick t : ticks(range, slot)) {
      svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\""
          + " font-size=\"9.5\" text-anchor=\"%s\">%s</text>", t.x(), TOP + HEIGHT + 14,
          t.anchor(), t.label()));
    }
    svg.append("</svg><p class=\"meta chart-caption\">").append(Html.escape(caption(shown, range)))
        .append("</p>");
    return svg.toString();
  }

  /** "12 mentions on 3 days, 25 Dec 2020 – 3 Jan 2021; most on 25 Dec 2020 (9)". */
  static String caption(List<EntityView.DayCount> shown, Range range) {
    int total = shown.stream().mapToInt(EntityView.DayCount::mentions).sum();
    EntityView.DayCount busiest = shown.stream()
        .reduce((a, b) -> b.mentions() > a.mentions() ? b : a).orElseThrow();
    LocalDate first = shown.get(0).day();
    LocalDate last = shown.get(shown.size() - 1).day();
    StringBuilder s = new StringBuilder().append(total).append(total == 1 ? " mention" : " mentions");
    if (shown.size() == 1) {
      s.append(" on ").append(DAY.format(first));
    } else {
      s.append(" on ").append(shown.size()).append(" days, ").append(DAY.format(first))
          .append(" – ").append(DAY.format(last)).append("; most on ")
          .append(DAY.format(busiest.day())).append(" (").append(busiest.mentions()).append(")");
    }
    if (range.clipped()) {
      s.append("; the last ").append(MAX_DAYS).append(" days shown");
    }
    return s.toString();
  }

  /**
   * Dated ticks at the start of each week (short ranges) or month (long ones), dropped where
   * they would overlap; the range's ends are always dated so a reader sees the span.
   */
  private static List<Tick> ticks(Range range, double slot) {
    List<Tick> ticks = new ArrayList<>();
    ticks.add(new Tick(0, "start", DAY.format(range.first())));
    double end = WIDTH;
    boolean weekly = range.days() <= 90;
    LocalDate d = weekly ? range.first().plusDays(7) : range.first().withDayOfMonth(1).plusMonths(1);
    while (!d.isAfter(range.last())) {
      double x = range.offset(d) * slot;
      double gap = ticks.size() == 1 ? MIN_GAP_TO_END : MIN_LABEL_GAP;
      if (x - ticks.get(ticks.size() - 1).x() >= gap && end - x >= MIN_GAP_TO_END) {
        ticks.add(new Tick(x, "middle", weekly ? SHORT_DAY.format(d) : MONTH.format(d)));
      }
      d = weekly ? d.plusDays(7) : d.plusMonths(1);
    }
    ticks.add(new Tick(end, "end", DAY.format(range.last())));
    return ticks;
  }

  /** The days the chart spans, inclusive. */
  record Range(LocalDate first, LocalDate last, boolean clipped) {

    static Range around(List<EntityView.DayCount> days) {
      LocalDate last = days.get(days.size() - 1).day();
      LocalDate first = days.get(0).day();
      boolean clipped = first.isBefore(last.minusDays(MAX_DAYS - 1));
      if (clipped) {
        first = last.minusDays(MAX_DAYS - 1);
      }
      long span = ChronoUnit.DAYS.between(first, last) + 1;
      if (span < MIN_DAYS) {
        // Centred, so a single day reads as a spike in a quiet month rather than at an edge.
        long pad = MIN_DAYS - span;
        first = first.minusDays(pad / 2);
        last = last.plusDays(pad - pad / 2);
      }
      return new Range(first, last, clipped);
    }

    int days() {
      return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    long offset(LocalDate day) {
      return ChronoUnit.DAYS.between(first, day);
    }
  }

  private record Tick(double x, String anchor, String label) {}
}
