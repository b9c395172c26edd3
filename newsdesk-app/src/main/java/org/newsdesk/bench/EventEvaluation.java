package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.ArticleInput;
import org.newsdesk.analyze.UnsupportedInputException;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.InsightCard;

/**
 * Scores the event extractor against PLOVER's hand-coded gold records.
 *
 * <p>Run: {@code ./newsdesk eval events ../shared/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt}
 *
 * <p>Each record is one sentence with one coded event (type, source and target actors). The gold
 * file predates PLOVER's final names, so DEMAND counts as REQUEST, DISAPPROVE as ACCUSE and FIGHT
 * as ASSAULT. Figures:
 *
 * <ul>
 *   <li>recall: records where one of our events has the gold category;
 *   <li>precision: our events (with a PLOVER category) whose category is the record's — a lower
 *       bound, since a sentence can hold events the coder did not code;
 *   <li>source and target: among recalled records, how often our actor names the gold actor
 *       (the gold actor text and one of our actor's mentions share a word).
 * </ul>
 */
public final class EventEvaluation {

  private static final Map<String, String> GOLD_ALIASES = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");

  public record Result(int records, int recalled, int predicted, int correctPredicted, int sourceRight,
      int targetRight, int targetGold) {

    public double recall() {
      return ratio(recalled, records);
    }

    public double precision() {
      return ratio(correctPredicted, predicted);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public Result run(Analyzer analyzer, Path goldFile, PrintWriter out, boolean verbose) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
    Map<String, int[]> byCategory = new TreeMap<>();
    int records = 0, recalled = 0, predicted = 0, correct = 0, sourceRight = 0, targetRight = 0, targetGold = 0;
    for (JsonNode r : gold) {
      if (!r.hasNonNull("text") || !r.hasNonNull("event") || r.path("event").asText().equals("DOCUMENT")) {
        continue;
      }
      String category = GOLD_ALIASES.getOrDefault(r.get("event").asText(), r.get("event").asText());
      records++;
      int[] counts = byCategory.computeIfAbsent(category, k -> new int[3]);
      counts[0]++;
      InsightCard card;
      try {
        card = analyzer.analyze(ArticleInput.text(r.get("text").asText(), date(r)));
      } catch (UnsupportedInputException e) {
        continue;
      }
      Event hit = null;
      for (Event e : card.events()) {
        if (e.plover() == null) {
          continue;
        }
        predicted++;
        if (e.plover().equals(category)) {
          correct++;
          if (hit == null) {
            hit = e;
          }
        }
      }
      if (hit != null) {
        recalled++;
        counts[1]++;
        if (names(card, hit.source(), r.path("source"))) {
          sourceRight++;
          counts[2]++;
        }
        if (r.path("target").size() > 0) {
          targetGold++;
          if (names(card, hit.target(), r.path("target"))) {
            targetRight++;
          }
        }
      } else if (verbose) {
        out.printf("missed %-9s %s | ours: %s%n", category, r.get("text").asText(),
            card.events().stream().map(e -> e.type() + " " + e.source() + "->" + e.target()).toList());
      }
    }
    out.printf("%-11s %7s %8s %8s%n", "category", "records", "recalled", "source");
    byCategory.forEach((k, v) -> out.printf("%-11s %7d %8d %8d%n", k, v[0], v[1], v[2]));
    Result result = new Result(records, recalled, predicted, correct, sourceRight, targetRight, targetGold);
    out.printf("records=%d predicted=%d source_accuracy=%.3f target_accuracy=%.3f%n", records, predicted,
        ratio(sourceRight, recalled), ratio(targetRight, targetGold));
    out.printf("f1=%.3f precision=%.3f recall=%.3f%n", result.f1(), result.precision(), result.recall());
    out.flush();
    return result;
  }

  private static boolean names(InsightCard card, List<String> ours, JsonNode goldActors) {
    List<String> words = new ArrayList<>();
    for (JsonNode a : goldActors) {
      for (String w : a.path("actorText").asText().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() > 2 && !w.equals("the")) {
          words.add(w);
        }
      }
    }
    for (String name : ours) {
      List<String> surfaces = new ArrayList<>(List.of(name));
      card.entities().stream().filter(e -> e.name().equals(name))
          .forEach(e -> e.mentions().stream().map(Entity.Mention::text).forEach(surfaces::add));
      for (String s : surfaces) {
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (words.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static LocalDate date(JsonNode r) {
    try {
      return r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
