package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.bench.LabelledArticle;
import org.newsdesk.bench.LabelledArticles;
import org.newsdesk.bench.StoryEvaluation;

/**
 * The grouper's figures on the two labelled sets, with the default options, through the same code
 * as {@code newsdesk eval stories}. Floors sit 0.01 under the figures measured when they were set
 * (see {@link StoryGrouper}): a change that loses more is a regression.
 */
class StoryGroupingOnRealSetsTest {

  /** Relative to the repository root, surefire's working directory. */
  static final Path ECBPLUS = Path.of("../shared/data/ecbplus-stories/ecbplus.jsonl");
  static final Path UCI = Path.of("../shared/data/uci-news-aggregator-first6366/uci-news-aggregator.first6366.csv");

  static final double ECBPLUS_F1_FLOOR = 0.848;
  static final double UCI_F1_FLOOR = 0.804;

  private static StoryEvaluation.Result evaluate(Path file) throws IOException {
    return new StoryEvaluation().run(file, StoryOptions.defaults(), new PrintWriter(Writer.nullWriter()), false);
  }

  @Test
  void ecbPlusKeepsItsFigure() throws IOException {
    StoryEvaluation.Result r = evaluate(ECBPLUS);

    assertThat(r.articles()).isEqualTo(982);
    assertThat(r.goldStories()).isEqualTo(86);
    assertThat(r.scores().f1()).isGreaterThanOrEqualTo(ECBPLUS_F1_FLOOR);
  }

  @Test
  void uciHeadlinesKeepTheirFigure() throws IOException {
    StoryEvaluation.Result r = evaluate(UCI);

    assertThat(r.articles()).isEqualTo(6366);
    assertThat(r.goldStories()).isEqualTo(87);
    assertThat(r.scores().f1()).isGreaterThanOrEqualTo(UCI_F1_FLOOR);
  }

  /**
   * A set handed over as JSON Lines in no particular order streams as the service would receive it:
   * in order of publication. The headlines shuffled score as the CSV, which is read in timestamp
   * order (file order would lose ~0.05).
   */
  @Test
  void aShuffledDatedSetIsGroupedInOrderOfPublication(@TempDir Path dir) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>(LabelledArticles.read(UCI));
    Collections.shuffle(articles, new Random(7));
    Path shuffled = dir.resolve("uci-shuffled.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(shuffled)) {
      for (LabelledArticle a : articles) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", a.input().id());
        r.put("title", a.input().title());
        r.put("published", a.input().published().toEpochMilli());
        r.put("source", a.input().source());
        r.put("cluster", a.cluster());
        w.write(json.writeValueAsString(r));
        w.newLine();
      }
    }

    StoryEvaluation.Result fromCsv = evaluate(UCI);
    StoryEvaluation.Result fromShuffled = evaluate(shuffled);

    assertThat(fromShuffled.articles()).isEqualTo(6366);
    assertThat(fromShuffled.scores().f1()).isCloseTo(fromCsv.scores().f1(), within(0.002));
  }
}
