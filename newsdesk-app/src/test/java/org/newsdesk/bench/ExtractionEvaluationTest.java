package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.extract.ArticleExtractor;

/** The benchmark's metric as its README and evaluate.py define it, and the extractor's figure on it. */
class ExtractionEvaluationTest {

  /** Relative to the repository root, surefire's working directory. */
  static final Path ZYTE = Path.of("../shared/data/zyte-article-extraction");

  /**
   * The figure reached when this guard was set (F1 0.980, precision 0.977, recall 0.984 on
   * 181 pages), minus 0.01: a change that loses more than that on real pages is a regression.
   */
  static final double F1_FLOOR = 0.970;

  @TempDir
  Path dir;

  @Test
  void theExtractorKeepsItsFigureOnTheZyteBenchmark() throws IOException {
    ExtractionEvaluation.Result result = new ExtractionEvaluation(new ArticleExtractor()).run(ZYTE);

    assertThat(result.pages()).hasSize(181);
    assertThat(result.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    assertThat(result.precision()).isGreaterThanOrEqualTo(F1_FLOOR - 0.01);
    assertThat(result.recall()).isGreaterThanOrEqualTo(F1_FLOOR - 0.01);
  }

  @Test
  void tokensAreRunsOfUnicodeLettersDigitsAndUnderscores() {
    assertThat(ShingleScore.tokens("Don't stop—Weizsäcker's 2,000 e_mails; 東京 naïve"))
        .containsExactly("Don", "t", "stop", "Weizsäcker", "s", "2", "000", "e_mails", "東京", "naïve");
    // Python's \w takes no combining marks: a Devanagari vowel sign splits the word, as there.
    assertThat(ShingleScore.tokens("\u0915\u093f\u0924\u093e\u092c")).containsExactly("\u0915", "\u0924", "\u092c");
  }

  @Test
  void shinglesAreRunsOfFourTokensCountedWithTheirRepeats() {
    assertThat(ShingleScore.shingles("a b c d e")).containsOnlyKeys(List.of("a", "b", "c", "d"), List.of("b", "c", "d", "e"));
    assertThat(ShingleScore.shingles("a b c d a b c d").get(List.of("a", "b", "c", "d"))).isEqualTo(2);
    assertThat(ShingleScore.shingles("two words")).containsOnlyKeys(List.of("two", "words"));
    assertThat(ShingleScore.shingles(" ... ")).isEmpty();
  }

  @Test
  void aPagesCountsAreNormalisedSoThatEveryPageWeighsTheSame() {
    // gold: 3 shingles (a b c d, b c d e, c d e f); predicted: 2 shingles, one right.
    ShingleScore s = ShingleScore.of("a b c d e f", "a b c d x");

    assertThat(s.tp()).isCloseTo(1 / 4.0, within(1e-12));
    assertThat(s.fp()).isCloseTo(1 / 4.0, within(1e-12));
    assertThat(s.fn()).isCloseTo(2 / 4.0, within(1e-12));
    assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.recall()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void anEmptyPredictionCountsOnlyAgainstRecall() {
    ShingleScore empty = ShingleScore.of("a b c d e", "");
    ShingleScore both = ShingleScore.of("", "");
    ShingleScore perfect = ShingleScore.of("a b c d e", "a, b; c (d) e!");

    assertThat(empty.hasPrecision()).isFalse();
    assertThat(empty.hasRecall()).isTrue();
    assertThat(empty.recall()).isZero();
    assertThat(both.hasPrecision()).isFalse();
    assertThat(both.hasRecall()).isFalse();
    assertThat(perfect.precision()).isEqualTo(1.0);
    assertThat(perfect.recall()).isEqualTo(1.0);
    assertThat(ShingleScore.of("a b c d e", "A B C D E").precision()).isZero(); // case is kept
  }

  @Test
  void precisionAndRecallAreMeansOverTheirOwnPages() {
    List<ExtractionEvaluation.Page> pages = List.of(
        page("a b c d e", "a b c d e"),   // p 1, r 1
        page("a b c d e", ""),            // no precision, r 0
        page("a b c d e f", "a b c d x")); // p 1/2, r 1/3

    ExtractionEvaluation.Result r = ExtractionEvaluation.score(pages);

    assertThat(r.precision()).isCloseTo((1 + 0.5) / 2, within(1e-12));
    assertThat(r.recall()).isCloseTo((1 + 0 + 1 / 3.0) / 3, within(1e-12));
    assertThat(r.f1()).isCloseTo(2 * r.precision() * r.recall() / (r.precision() + r.recall()), within(1e-12));
    assertThat(r.accuracy()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(r.summaryLine()).isEqualTo("f1=0.558 precision=0.750 recall=0.444");
  }

  @Test
  void predictionsAreWrittenInTheBenchmarksFormat() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"p1": {"articleBody": "The bridge reopened on Sunday after two years of repairs to its steel supports.", "url": "https://news.example/2021/03/14/bridge"},
         "p2": {"articleBody": "Nothing.", "url": "https://news.example/empty"}}""");
    gzip(dir.resolve("html/p1.html.gz"), "<html><body><nav><a href=/>Home</a></nav><article><p>The bridge reopened on"
        + " Sunday after two years of repairs to its steel supports, and four hundred people walked across it before"
        + " the first buses.</p></article></body></html>");
    Files.writeString(dir.resolve("html/p2.html"), "<html><body><a href=/>Home</a></body></html>");

    ExtractionEvaluation.Result result = new ExtractionEvaluation(new ArticleExtractor()).run(dir);
    Path out = dir.resolve("predictions.json");
    ExtractionEvaluation.writePredictions(result, out);

    JsonNode written = new ObjectMapper().readTree(out.toFile());
    assertThat(written.size()).isEqualTo(2);
    assertThat(written.get("p1").get("articleBody").asText()).startsWith("The bridge reopened on Sunday");
    assertThat(written.get("p2").get("articleBody").asText()).isEmpty();
    assertThat(result.pages().get(0).score().recall()).isEqualTo(1.0);
  }

  private static ExtractionEvaluation.Page page(String gold, String predicted) {
    return new ExtractionEvaluation.Page("id", "url", gold, predicted, ShingleScore.of(gold, predicted));
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
