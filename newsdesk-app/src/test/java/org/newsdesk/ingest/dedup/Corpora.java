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
      List<List<String>> records;
      try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it =
          new com.fasterxml.jackson.dataformat.csv.CsvMapper()
              .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
              .readerForListOf(String.class).readValues(UCI.toFile())) {
        records = it.readAll();
      }
      for (List<String> r : records.subList(1, records.size())) {
        rows.add(new Headline(r.get(0), r.get(1), r.get(2), r.get(5)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
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
