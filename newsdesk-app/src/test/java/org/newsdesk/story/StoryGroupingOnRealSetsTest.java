package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
