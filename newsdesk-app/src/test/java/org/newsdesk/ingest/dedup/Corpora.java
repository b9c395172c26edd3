package org.newsdesk.ingest.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real articles the dedup tests measure on (see the READMEs beside the data). */
final class Corpora {

  static final Path WIKINEWS = Path.of("../shared/data/wikinews-demo/wikinews_en.jsonl");
  static final Path ECBPLUS = Path.of("../shared/data/ecbplus-stories/ecbplus.jsonl");
  static final Path UCI =
      Path.of("../shared/data/uci-news-aggregator-first6366/uci-news-aggregator.first6366.csv");

  /** One article: {@code group} is ECB+'s event cluster, or the article's own id elsewhere. */
  record Article(String id, String title, String text, String group) {}

  /** One UCI News Aggregator row: a headline, its link, and the story it belongs to. */
  record Headline(String id, String title, String url, String story) {}

  private Corpora() {}

  static List<Headline> uciHeadlines() {
    List<Headline> rows = new ArrayList<>();
    try {
      List<List<String>> records = csv(Files.readString(UCI));
      for (List<String> r : records.subList(1, records.size())) {
        rows.add(new Headline(r.get(0), r.get(1), r.get(2), r.get(5)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** RFC 4180: fields in double quotes may hold commas, newlines and doubled quotes. */
  private static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  static List<Article> wikinews() {
    return read(WIKINEWS, "id");
  }

  static List<Article> ecbplus() {
    return read(ECBPLUS, "cluster");
  }

  private static List<Article> read(Path file, String groupField) {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        articles.add(new Article(n.path("id").asText(), n.path("title").asText(),
            n.path("text").asText(), n.path(groupField).asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }
}
