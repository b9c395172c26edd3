package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.EntityView.DayCount;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The mention chart read as a browser would lay it out: bars, their counts and the dates. */
class MentionChartTest {

  private static final LocalDate CHRISTMAS = LocalDate.of(2020, 12, 25);

  @Test
  void aSingleDayIsANarrowBarInAMonthNotABlockAcrossTheChart() throws Exception {
    Chart chart = Chart.of(List.of(new DayCount(CHRISTMAS, 9)));

    assertThat(chart.bars).hasSize(1);
    Bar bar = chart.bars.get(0);
    assertThat(bar.width).isLessThanOrEqualTo(MentionChart.MAX_BAR);
    assertThat(bar.x).as("centred in the span, not at an edge")
        .isBetween(MentionChart.WIDTH * 0.3, MentionChart.WIDTH * 0.7);
    assertThat(bar.title).isEqualTo("25 Dec 2020: 9 mentions");
    assertThat(chart.counts).containsExactly("9");
    assertThat(chart.ticks.get(0)).as("the axis spans days around it").isNotEqualTo(
        chart.ticks.get(chart.ticks.size() - 1));
    assertThat(chart.caption).isEqualTo("9 mentions on 25 Dec 2020");
  }

  @Test
  void aLongRangeKeepsDaysInOrderWithBarsScaledToTheBusiestDay() throws Exception {
    List<DayCount> days = new ArrayList<>();
    for (int i = 0; i < 200; i += 10) {
      days.add(new DayCount(CHRISTMAS.plusDays(i), 1 + i / 10));
    }
    Chart chart = Chart.of(days);

    assertThat(chart.bars).hasSize(days.size());
    for (int i = 1; i < chart.bars.size(); i++) {
      assertThat(chart.bars.get(i).x).isGreaterThan(chart.bars.get(i - 1).x);
      assertThat(chart.bars.get(i).height).isGreaterThan(chart.bars.get(i - 1).height);
    }
    assertThat(chart.bars.get(chart.bars.size() - 1).height).isEqualTo(MentionChart.HEIGHT);
    assertThat(chart.bars.get(0).x + chart.bars.get(0).width).isLessThan(MentionChart.WIDTH / 10.0);
    assertThat(chart.ticks).first().isEqualTo("25 Dec 2020");
    assertThat(chart.ticks).last().isEqualTo("3 Jul 2021");
    assertThat(chart.ticks).as("months between the ends").contains("Mar 2021");
    assertThat(chart.counts).as("too narrow to label each bar: only the busiest").containsExactly("20");
    assertThat(chart.caption).isEqualTo(
        "210 mentions on 20 days, 25 Dec 2020 – 3 Jul 2021; most on 3 Jul 2021 (20)");
  }

  @Test
  void moreThanAYearShowsTheLastYearAndSaysSo() throws Exception {
    Chart chart = Chart.of(List.of(new DayCount(CHRISTMAS, 3),
        new DayCount(CHRISTMAS.plusYears(2), 4)));

    assertThat(chart.bars).hasSize(1);
    assertThat(chart.caption).endsWith("the last 365 days shown");
  }

  private record Bar(double x, double width, double height, String title) {}

  /** The parts of the chart a reader sees. */
  private static final class Chart {
    final List<Bar> bars = new ArrayList<>();
    final List<String> counts = new ArrayList<>();
    final List<String> ticks = new ArrayList<>();
    String caption;

    static Chart of(List<DayCount> days) throws Exception {
      String html = MentionChart.svg(days);
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
          new ByteArrayInputStream(("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8)));
      Chart chart = new Chart();
      NodeList rects = doc.getElementsByTagName("rect");
      for (int i = 0; i < rects.getLength(); i++) {
        Element r = (Element) rects.item(i);
        chart.bars.add(new Bar(num(r, "x"), num(r, "width"), num(r, "height"),
            r.getElementsByTagName("title").item(0).getTextContent()));
      }
      NodeList texts = doc.getElementsByTagName("text");
      for (int i = 0; i < texts.getLength(); i++) {
        Element t = (Element) texts.item(i);
        (t.getAttribute("class").equals("count") ? chart.counts : chart.ticks)
            .add(t.getTextContent());
      }
      chart.caption = doc.getElementsByTagName("p").item(0).getTextContent();
      return chart;
    }

    private static double num(Element e, String attribute) {
      return Double.parseDouble(e.getAttribute(attribute));
    }
  }
}
