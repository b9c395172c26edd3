package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void wordsAreRunsOfNonWhitespace() {
    assertThat(AnalyzeBenchmark.words("")).isZero();
    assertThat(AnalyzeBenchmark.words("  \n ")).isZero();
    assertThat(AnalyzeBenchmark.words("one")).isEqualTo(1);
    assertThat(AnalyzeBenchmark.words(" Kim Jong-Un  met\nPutin.\n\n")).isEqualTo(4);
  }

  @Test
  void theCorpusIsReadInFileOrderSkippingBlankBodies() throws IOException {
    Path corpus = Files.writeString(dir.resolve("gt.json"), """
        {"b": {"articleBody": "Second in the alphabet, first in the file.", "url": "u1"},
         "a": {"articleBody": "  ", "url": "u2"},
         "c": {"articleBody": "Third.", "url": "u3"}}""");
    List<AnalyzeBenchmark.Article> articles = AnalyzeBenchmark.load(corpus);
    assertThat(articles).extracting(AnalyzeBenchmark.Article::id).containsExactly("b", "c");
    assertThat(articles.get(0).words()).isEqualTo(8);
  }
}
