package org.newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsdesk.bench.CrashDrill;

/**
 * The crash drill, small: {@code newsdesk ingest} of 6 recorded pages killed with SIGKILL three
 * times at random moments, then finished. The long version: {@code newsdesk bench crash}.
 */
class CrashRecoveryTest {

  @Test
  void killedThreeTimesTheIngestEndsWithEveryArticleOnceAndAnalyzedOnce() throws Exception {
    Path data = Files.createTempDirectory("newsdesk-crash");
    long seed = System.nanoTime();
    CrashDrill.Result r = new CrashDrill(Path.of("../shared/data/zyte-article-extraction"), data,
        line -> System.out.println("crash drill (seed " + seed + "): " + line))
        .run(6, 3, Duration.ofSeconds(20), seed);
    System.out.println("crash drill: " + r);
    assertThat(r.articles()).as("articles stored").isEqualTo(6);
    assertThat(r.distinctUrls()).isEqualTo(6);
    assertThat(r.cards()).as("insight cards").isEqualTo(6);
    assertThat(r.done()).as("articles done").isEqualTo(6);
  }
}
