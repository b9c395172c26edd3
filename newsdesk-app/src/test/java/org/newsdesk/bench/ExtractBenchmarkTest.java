package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.extract.ArticleExtractor;

/** The benchmark's bookkeeping, on a few real pages; its timings are not asserted. */
class ExtractBenchmarkTest {

  private static final Path ZYTE = Path.of("../shared/data/zyte-article-extraction");

  @Test
  void everyPageOfEveryTimedPassIsCountedOnce() throws IOException {
    ExtractBenchmark.Options options = new ExtractBenchmark.Options(ZYTE, 2, 3, 1, 5);
    ExtractBenchmark.Result r = new ExtractBenchmark(new ArticleExtractor(),
        new PrintWriter(new StringWriter())).run(options);

    assertThat(r.pages()).isEqualTo(5);
    assertThat(r.extracted()).isEqualTo(5 * 3);
    assertThat(r.failed()).isZero();
    assertThat(r.pagesPerSecond()).isPositive();
    assertThat(r.p50Ms()).isPositive().isLessThanOrEqualTo(r.p99Ms());
    assertThat(r.summaryLine()).startsWith("pages_per_s=").endsWith(" threads=2");
  }

  @Test
  void pagesAreLoadedDecodedWithTheirUrls() throws IOException {
    List<ExtractBenchmark.Page> pages = ExtractBenchmark.load(ZYTE, 3);
    assertThat(pages).hasSize(3);
    assertThat(pages).allSatisfy(p -> {
      assertThat(p.url()).startsWith("http");
      assertThat(p.html()).containsIgnoringCase("<html");
      assertThat(p.bytes()).isGreaterThanOrEqualTo(p.html().length() / 3);
    });
  }

  @Test
  void theBestPassTakesEachPageAtItsFastestAndSkipsFailures() {
    long[] nanos = {3_000_000, 1_000_000, 2_000_000, -1};  // two pages, two passes
    assertThat(ExtractBenchmark.bestPassMs(nanos, 2)).isEqualTo(3.0);
  }

  @Test
  void percentilesAreNearestRank() {
    long[] nanos = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
    assertThat(ExtractBenchmark.percentileMs(nanos, 50)).isEqualTo(2.0);
    assertThat(ExtractBenchmark.percentileMs(nanos, 99)).isEqualTo(4.0);
    assertThat(ExtractBenchmark.percentileMs(new long[0], 50)).isZero();
  }
}
