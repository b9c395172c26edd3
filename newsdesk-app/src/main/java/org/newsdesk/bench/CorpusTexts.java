package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real news text in {@code ../shared/data} cut into parts the search benchmark recombines:
 * paragraphs (Wikinews, ECB+, Zyte gold bodies), titles (the same plus UCI headlines) and
 * publisher names (UCI).
 */
record CorpusTexts(List<String> paragraphs, List<String> titles, List<String> publishers) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static CorpusTexts load(Path shared) {
    List<String> paragraphs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> publishers = new ArrayList<>();
    try {
      for (String file : List.of("wikinews-demo/wikinews_en.jsonl", "ecbplus-stories/ecbplus.jsonl")) {
        try (Stream<String> lines = Files.lines(shared.resolve(file), StandardCharsets.UTF_8)) {
          lines.filter(l -> !l.isBlank()).forEach(l -> {
            JsonNode n = read(l);
            titles.add(n.path("title").asText());
            addParagraphs(paragraphs, n.path("text").asText());
          });
        }
      }
      JsonNode gold = JSON.readTree(shared.resolve("zyte-article-extraction/ground-truth.json")
          .toFile());
      for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
        addParagraphs(paragraphs, it.next().getValue().path("articleBody").asText());
      }
      List<String> uci = Files.readAllLines(
          shared.resolve("uci-news-aggregator-first6366/uci-news-aggregator.first6366.csv"),
          StandardCharsets.UTF_8);
      for (String line : uci.subList(1, uci.size())) {
        List<String> cells = csv(line);
        if (cells.size() >= 4) {
          titles.add(cells.get(1));
          publishers.add(cells.get(3));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus under " + shared, e);
    }
    return new CorpusTexts(List.copyOf(paragraphs), List.copyOf(titles), List.copyOf(publishers));
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Wikinews runs its paragraphs together in places; long ones are split at sentence ends so a
  // recombined article does not repeat one huge block.
  private static void addParagraphs(List<String> out, String text) {
    for (String p : text.split("\n+")) {
      String t = p.strip();
      if (t.length() < 40) {
        continue;
      }
      while (t.length() > 1200) {
        int cut = t.indexOf(". ", 600);
        if (cut < 0) {
          break;
        }
        out.add(t.substring(0, cut + 1));
        t = t.substring(cut + 2);
      }
      out.add(t);
    }
  }

  /** One CSV line: commas separate, double quotes enclose, doubled quotes escape. */
  static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
