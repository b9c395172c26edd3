package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsdesk.extract.ArticleExtractor;

/**
 * Scores the article extractor on the Zyte article-extraction benchmark: 181 real pages with
 * hand-made gold bodies ({@code ground-truth.json}, {@code html/<id>.html.gz}).
 *
 * <p>Run: {@code ./newsdesk eval extraction [../shared/data/zyte-article-extraction] [--pages] [--output predictions.json]}
 *
 * <p>Figure: F1 0.980, precision 0.977, recall 0.984 (trafilatura 0.958, Readability.js 0.947,
 * boilerpipe 0.860 on the same pages); the predictions written with {@code --output} give the
 * same figures to six decimals in the benchmark's {@code evaluate.py}.
 *
 * <p>The figures are the benchmark's own ({@code evaluate.py}, described in the data set's
 * README): per page, tp, fp and fn over 4-token shingles ({@link ShingleScore}), normalised; the
 * mean precision over the pages where something was predicted, the mean recall over the pages
 * with a gold body, and F1 of the two means. The predictions can be written in the benchmark's
 * format, {@code {"<id>": {"articleBody": "…"}}}, so that its evaluator checks the figure.
 */
public final class ExtractionEvaluation {

  /** One page: its id, URL, gold and predicted bodies, and its score. */
  public record Page(String id, String url, String gold, String predicted, ShingleScore score) {}

  /** The benchmark's figures over all pages. */
  public record Result(List<Page> pages, double precision, double recall) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Share of pages whose predicted tokens are exactly the gold ones. */
    public double accuracy() {
      long exact = pages.stream()
          .filter(p -> ShingleScore.tokens(p.gold()).equals(ShingleScore.tokens(p.predicted()))).count();
      return pages.isEmpty() ? 0 : (double) exact / pages.size();
    }

    /** The last line of {@code newsdesk eval extraction}. */
    public String summaryLine() {
      return String.format(Locale.ROOT, "f1=%.3f precision=%.3f recall=%.3f", f1(), precision, recall);
    }
  }

  private final ArticleExtractor extractor;

  public ExtractionEvaluation(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /** Extracts and scores every page of the benchmark in {@code dir}. */
  public Result run(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : truth.properties()) {
      String id = entry.getKey();
      String url = entry.getValue().path("url").asText(null);
      String gold = entry.getValue().path("articleBody").asText("");
      String html = readHtml(dir.resolve("html"), id);
      String predicted = extractor.extract(html, url).text();
      pages.add(new Page(id, url, gold, predicted, ShingleScore.of(gold, predicted)));
    }
    return score(pages);
  }

  /** The benchmark's means over {@code pages}. */
  public static Result score(List<Page> pages) {
    double precisionSum = 0, recallSum = 0;
    int precisionPages = 0, recallPages = 0;
    for (Page p : pages) {
      if (p.score().hasPrecision()) {
        precisionSum += p.score().precision();
        precisionPages++;
      }
      if (p.score().hasRecall()) {
        recallSum += p.score().recall();
        recallPages++;
      }
    }
    return new Result(List.copyOf(pages), precisionPages == 0 ? 0 : precisionSum / precisionPages,
        recallPages == 0 ? 0 : recallSum / recallPages);
  }

  /** Prints one line a page (worst F1 first), when asked, then the summary line. */
  public static void report(Result result, PrintWriter out, boolean perPage) {
    if (perPage) {
      List<Page> sorted = new ArrayList<>(result.pages());
      sorted.sort((a, b) -> Double.compare(f1(a.score()), f1(b.score())));
      for (Page p : sorted) {
        out.printf(Locale.ROOT, "%.3f p=%.3f r=%.3f %s %s%n", f1(p.score()), p.score().precision(),
            p.score().recall(), p.id().substring(0, Math.min(12, p.id().length())), p.url());
      }
      out.printf(Locale.ROOT, "pages=%d exact=%.3f%n", result.pages().size(), result.accuracy());
    }
    out.println(result.summaryLine());
    out.flush();
  }

  /** Writes the predictions in the benchmark's format, {@code {"<id>": {"articleBody": "…"}}}. */
  public static void writePredictions(Result result, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    for (Page p : result.pages()) {
      root.putObject(p.id()).put("articleBody", p.predicted());
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  private static double f1(ShingleScore s) {
    double p = s.precision(), r = s.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String readHtml(Path htmlDir, String id) throws IOException {
    Path gz = htmlDir.resolve(id + ".html.gz");
    if (Files.exists(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return Files.readString(htmlDir.resolve(id + ".html"), StandardCharsets.UTF_8);
  }
}
