package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk eval stories} on a three-article stream of its own. */
class EvalStoriesCommandTest {

  @TempDir
  Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CliContext context = new CliContext(new ByteArrayInputStream(new byte[0]),
        options -> { throw new AssertionError("no analyzer is needed"); },
        () -> { throw new AssertionError("no language detector is needed"); });
    int code = NewsdeskCli.commandLine(context, new PrintWriter(out), new PrintWriter(new StringWriter()))
        .execute(args);
    assertThat(code).isEqualTo(0);
    return out.toString();
  }

  @Test
  void theLastLineGivesBCubedAndPairwiseF1() throws IOException {
    String text = "The Golden Gate Bridge reopened on Sunday after two years of repairs to its steel cables.";
    Path file = dir.resolve("stream.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\",\"title\":\"Bridge reopens\",\"text\":\"" + text + "\",\"published\":\"2024-05-05\","
            + "\"source\":\"sfgate.com\",\"cluster\":\"bridge\"}",
        "{\"id\":\"b\",\"title\":\"Bridge reopens\",\"text\":\"" + text + "\",\"published\":\"2024-05-05\","
            + "\"source\":\"yahoo.com\",\"cluster\":\"bridge\"}",
        "{\"id\":\"c\",\"title\":\"Storm floods Miami streets\",\"text\":\"Heavy rain flooded streets across"
            + " Miami overnight and closed schools.\",\"published\":\"2024-05-06\",\"source\":\"wlrn.org\","
            + "\"cluster\":\"storm\"}"));

    String[] lines = run("eval", "stories", file.toString()).strip().split("\n");

    assertThat(lines[0]).startsWith("articles=3 undated=0 gold_stories=2 predicted_stories=2");
    assertThat(lines[lines.length - 1]).isEqualTo("f1=1.000 precision=1.000 recall=1.000 pairwise_f1=1.000");
  }
}
