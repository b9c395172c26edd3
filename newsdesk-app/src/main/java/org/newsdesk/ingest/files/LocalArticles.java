package org.newsdesk.ingest.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsdesk.extract.PublicationDate;
import org.newsdesk.store.ArticleCredit;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.RawPage;

/**
 * Articles from local files: an HTML page, a plain-text article (one paragraph a line), or JSON
 * Lines of {@code {url, title, published, source, html|text, licence, attribution}} (the last two
 * optional: the credit a page showing the article must give); a folder is walked for all of
 * them. A bad line or file is reported (file and line) and skipped; the rest go on.
 */
public final class LocalArticles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** A file or line that could not be read, and why. */
  public record Problem(String where, String message) {}

  private final Consumer<Problem> problems;

  public LocalArticles(Consumer<Problem> problems) {
    this.problems = problems;
  }

  /** Whether {@code path} is a kind of file this reads. */
  public static boolean readable(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".html")
        || name.endsWith(".htm") || name.endsWith(".txt");
  }

  /** Every article in {@code path} (a file or a folder, walked in name order). */
  public void read(Path path, Consumer<NewArticle> out) throws IOException {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(LocalArticles::readable).sorted()
            .toList();
      }
      for (Path f : files) {
        readFile(f, out);
      }
    } else {
      readFile(path, out);
    }
  }

  private void readFile(Path file, Consumer<NewArticle> out) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      readJsonLines(file, out);
      return;
    }
    if (Files.size(file) > MAX_FILE_BYTES) {
      problems.accept(new Problem(file.toString(), "larger than 10 MB; skipped"));
      return;
    }
    String mediaType = name.endsWith(".txt") ? "text/plain" : "text/html";
    out.accept(new NewArticle(fileUrl(file, 0), Optional.empty(), "file", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new RawPage(fileUrl(file, 0), 200, Optional.of(mediaType), Optional.empty(),
            Files.readAllBytes(file)))));
  }

  private void readJsonLines(Path file, Consumer<NewArticle> out) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + number;
        try {
          out.accept(article(JSON.readTree(line), file, number));
        } catch (IOException | IllegalArgumentException e) {
          problems.accept(new Problem(where, e.getMessage().lines().findFirst().orElse("")));
        }
      }
    }
  }

  private static NewArticle article(JsonNode n, Path file, int line) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Optional<String> html = text(n, "html");
    Optional<String> body = html.or(() -> text(n, "text"));
    if (body.isEmpty()) {
      throw new IllegalArgumentException("no \"html\" or \"text\"");
    }
    String url = text(n, "url").filter(u -> u.startsWith("http")).orElse(fileUrl(file, line));
    RawPage page = new RawPage(url, 200,
        Optional.of(html.isPresent() ? "text/html" : "text/plain"), Optional.of("UTF-8"),
        body.get().getBytes(StandardCharsets.UTF_8));
    return new NewArticle(url, Optional.empty(), "file", text(n, "source"), text(n, "title"),
        Optional.empty(), text(n, "published").map(LocalArticles::instant), Optional.of(page),
        new ArticleCredit(text(n, "licence"), text(n, "attribution")));
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? Optional.empty()
        : Optional.of(v.asText());
  }

  /**
   * The {@code published} field in any form a page's date may take (ISO 8601, RFC 1123, "March 5,
   * 2024", Unix time); a bare date is taken as midday UTC of that day.
   */
  static Instant instant(String s) {
    return PublicationDate.read(s).map(PublicationDate::toInstant)
        .orElseThrow(() -> new IllegalArgumentException("\"published\" is not a date with a year: " + s));
  }

  private static String fileUrl(Path file, int line) {
    String uri = file.toAbsolutePath().normalize().toUri().toString();
    return line > 0 ? uri + "#L" + line : uri;
  }
}
