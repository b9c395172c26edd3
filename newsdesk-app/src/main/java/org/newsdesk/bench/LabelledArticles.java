package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsdesk.extract.PublicationDate;
import org.newsdesk.story.StoryInput;

/**
 * Reads a story-grouping data set in one of two formats, in stream order:
 *
 * <ul>
 *   <li>JSON Lines of {@code {id, title, text, published, source, cluster}} (and optionally
 *       {@code topic}). {@code published} may take any form a record's date may take in {@code
 *       newsdesk ingest} ({@link PublicationDate#read}: ISO 8601, RFC 1123, "March 5, 2024"; a bare
 *       date is midday UTC), or be a number of Unix seconds or milliseconds, or null; a date that
 *       cannot be read leaves the article undated. When every article is dated they are streamed
 *       in order of publication (ties in file order), as the service receives news; otherwise in
 *       file order, as nothing tells where an undated article stands — the ECB+ set, half of it
 *       undated, is streamed as it is written.
 *   <li>The UCI News Aggregator CSV as published ({@code ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,
 *       HOSTNAME,TIMESTAMP}): headline as title, no text, publisher as source, STORY as cluster,
 *       CATEGORY as topic; rows are streamed in timestamp order.
 * </ul>
 */
public final class LabelledArticles {

  private static final String UCI_HEADER = "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP";

  private LabelledArticles() {}

  public static List<LabelledArticle> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(4096);
      String first = in.readLine();
      in.reset();
      if (first != null && first.strip().replace("\"", "").startsWith(UCI_HEADER)) {
        return readUciCsv(in);
      }
      return readJsonLines(in, file);
    }
  }

  private static List<LabelledArticle> readJsonLines(BufferedReader in, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<LabelledArticle> articles = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      if (!r.hasNonNull("id") || !r.hasNonNull("cluster")) {
        throw new IOException(file + ":" + number + ": a record needs an id and a cluster; got " + abbreviate(line));
      }
      articles.add(new LabelledArticle(
          new StoryInput(r.get("id").asText(), text(r, "title"), text(r, "text"), instant(r.get("published")),
              text(r, "source")),
          r.get("cluster").asText(), r.hasNonNull("topic") ? r.get("topic").asText() : null));
    }
    if (articles.stream().allMatch(a -> a.input().published() != null)) {
      articles.sort(Comparator.comparing(a -> a.input().published()));
    }
    return articles;
  }

  private static String text(JsonNode r, String field) {
    return r.hasNonNull(field) ? r.get(field).asText() : null;
  }

  static Instant instant(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      long n = node.asLong();
      // Unix seconds reach 10^11 only in the year 5138; milliseconds passed it in 1973.
      return n < 100_000_000_000L ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    }
    return PublicationDate.read(node.asText()).map(PublicationDate::toInstant).orElse(null);
  }

  private static List<LabelledArticle> readUciCsv(BufferedReader in) throws IOException {
    record Row(LabelledArticle article, long timestamp) {}
    List<Row> rows = new ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<List<String>> records =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class).readValues(in)) {
      boolean header = true;
      while (records.hasNext()) {
        List<String> f = records.next();
        if (header || f.size() == 1 && f.get(0).isBlank()) {
          header = false;
          continue;
        }
        if (f.size() < 8) {
          throw new IOException("UCI row with " + f.size() + " fields instead of 8: "
              + abbreviate(String.join(",", f)));
        }
        long timestamp = Long.parseLong(f.get(7).strip());
        rows.add(new Row(new LabelledArticle(
            new StoryInput(f.get(0), f.get(1), "", Instant.ofEpochMilli(timestamp), f.get(3)), f.get(5), f.get(4)),
            timestamp));
      }
    }
    rows.sort(Comparator.comparingLong(Row::timestamp));
    return rows.stream().map(Row::article).toList();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
