package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.search.ArticleDoc;
import org.newsdesk.search.SearchIndex;

/** {@code newsdesk search} beside a running {@code serve}, which keeps the index open to write. */
class SearchCommandTest {

  @TempDir
  Path data;

  @Test
  void searchesWhileAnotherWriterHoldsTheIndex() {
    try (SearchIndex serving = SearchIndex.open(data.resolve("index"))) {
      serving.index(new ArticleDoc(7, "https://example.com/guam", "Bomber crashes in Guam",
          "Two pilots ejected safely before the bomber crashed on Guam.",
          Optional.of(Instant.parse("2008-02-23T12:00:00Z")), Optional.of("Wikinews"),
          List.of(), List.of(), List.of(), List.of("Guam"), List.of()));
      serving.commit();

      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = NewsdeskCli.commandLine(CliContext.standard(), new PrintWriter(out),
          new PrintWriter(err)).execute("search", "--data", data.toString(), "--facets",
              "bomber");

      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString()).contains("1 article").contains("[7] Bomber crashes in Guam")
          .contains("source: Wikinews (1);");
      // The server's writer is untouched: it goes on indexing.
      serving.delete(7);
      serving.commit();
      assertThat(serving.size()).isZero();
    }
  }
}
