package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk eval extraction} on a two-page benchmark of its own. */
class EvalExtractionCommandTest {

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(new ByteArrayInputStream(new byte[0]),
        options -> { throw new AssertionError("no analyzer is needed"); },
        () -> { throw new AssertionError("no language detector is needed"); });
    int code = NewsdeskCli.commandLine(context, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path benchmark() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"good": {"articleBody": "The bridge reopened on Sunday after two years of repairs to its steel supports.", "url": "u1"},
         "none": {"articleBody": "A body the page does not have at all.", "url": "u2"}}""");
    Files.writeString(dir.resolve("html/good.html"), "<html><body><article><p>The bridge reopened on Sunday after"
        + " two years of repairs to its steel supports.</p><p>Four hundred people walked across it before the first"
        + " buses were allowed through on Sunday morning.</p></article></body></html>");
    Files.writeString(dir.resolve("html/none.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
    return dir;
  }

  @Test
  void theLastLineGivesF1PrecisionAndRecall() throws IOException {
    Run r = run("eval", "extraction", benchmark().toString());

    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out().strip().split("\n")).hasSize(1);
    // good: 27 shingles predicted, the gold's 11 among them (precision 11/27), recall 1;
    // none: nothing predicted, so it counts for recall (0) only. F1 = 2PR/(P+R) of the means.
    assertThat(r.lastLine()).isEqualTo("f1=0.449 precision=0.407 recall=0.500");
  }

  @Test
  void pagesAndOutputAreGivenOnlyWhenAsked() throws IOException {
    Path predictions = dir.resolve("predictions.json");

    Run r = run("eval", "extraction", benchmark().toString(), "--pages", "--output", predictions.toString());

    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains(" none ", " good ", "pages=2");
    assertThat(r.lastLine()).matches("f1=0\\.\\d{3} precision=0\\.\\d{3} recall=0\\.\\d{3}");
    JsonNode written = new ObjectMapper().readTree(predictions.toFile());
    assertThat(written.get("good").get("articleBody").asText()).startsWith("The bridge reopened on Sunday");
    assertThat(written.get("none").get("articleBody").asText()).isEmpty();
  }

  @Test
  void aMissingBenchmarkIsNoInput() {
    Run r = run("eval", "extraction", dir.resolve("nowhere").toString());

    assertThat(r.code()).isEqualTo(ExitCode.NO_INPUT.code());
    assertThat(r.err()).contains("no benchmark at").contains("nowhere");
  }
}
