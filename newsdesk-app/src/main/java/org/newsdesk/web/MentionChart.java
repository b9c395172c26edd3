package org.newsdesk.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.newsdesk.store.EntityView;

/**
 * An entity's mentions over time as an inline SVG bar chart: one bar a day from the first
 * mention to the last (at most the last 365 days), so it needs no script and no library.
 */
final class MentionChart {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 120;

  private MentionChart() {}

  static String svg(List<EntityView.DayCount> days) {
    if (days.isEmpty()) {
      return "<p class=\"meta\">No dated mentions.</p>";
    }
    LocalDate last = days.get(days.size() - 1).day();
    LocalDate first = days.get(0).day().isBefore(last.minusDays(364)) ? last.minusDays(364)
        : days.get(0).day();
    int span = (int) ChronoUnit.DAYS.between(first, last) + 1;
    int max = days.stream().mapToInt(EntityView.DayCount::mentions).max().orElse(1);
    double barWidth = (double) WIDTH / span;
    StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 "
        + WIDTH + " " + (HEIGHT + 16) + "\" width=\"100%\" aria-label=\"mentions per day\">");
    for (EntityView.DayCount d : days) {
      if (d.day().isBefore(first)) {
        continue;
      }
      double x = ChronoUnit.DAYS.between(first, d.day()) * barWidth;
      double h = Math.max(1, (double) d.mentions() / max * HEIGHT);
      svg.append(String.format(java.util.Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
          x, HEIGHT - h, Math.max(1, barWidth - 1), h, d.day(), d.mentions()));
    }
    svg.append("<text x=\"0\" y=\"").append(HEIGHT + 14).append("\" font-size=\"11\">")
        .append(first).append("</text><text x=\"").append(WIDTH).append("\" y=\"")
        .append(HEIGHT + 14).append("\" font-size=\"11\" text-anchor=\"end\">").append(last)
        .append("</text></svg>");
    return svg.toString();
  }
}
