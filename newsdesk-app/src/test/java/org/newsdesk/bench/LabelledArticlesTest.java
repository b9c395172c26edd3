package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledArticlesTest {

  @TempDir
  Path dir;

  private List<LabelledArticle> read(String... lines) throws Exception {
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    return LabelledArticles.read(file);
  }

  private static String record(String id, String published) {
    return "{\"id\": \"" + id + "\", \"title\": \"T\", \"cluster\": \"c\", \"published\": " + published + "}";
  }

  @Test
  void everyDatedSetStreamsInOrderOfPublicationWhateverTheDatesForm() throws Exception {
    List<LabelledArticle> read = read(
        record("rfc", "\"Wed, 06 Mar 2024 09:00:00 +0100\""),
        record("seconds", "1709600400"),
        record("millis", "1709686800000"),
        record("day", "\"2024-03-04\""),
        record("words", "\"March 5, 2024 7:00 PM EST\""));

    assertThat(read).extracting(a -> a.input().id()).containsExactly("day", "seconds", "words", "millis", "rfc");
    assertThat(read).extracting(a -> a.input().published()).containsExactly(
        Instant.parse("2024-03-04T12:00:00Z"), Instant.parse("2024-03-05T01:00:00Z"),
        Instant.parse("2024-03-06T00:00:00Z"), Instant.parse("2024-03-06T01:00:00Z"),
        Instant.parse("2024-03-06T08:00:00Z"));
  }

  @Test
  void aSetWithUndatedArticlesKeepsItsFileOrderAndAnUnreadableDateIsNoDate() throws Exception {
    List<LabelledArticle> read = read(
        record("late", "\"2024-03-06T08:00:00Z\""),
        record("unreadable", "\"last Tuesday\""),
        record("early", "\"2024-03-01T08:00:00Z\""));

    assertThat(read).extracting(a -> a.input().id()).containsExactly("late", "unreadable", "early");
    assertThat(read.get(1).input().published()).isNull();
  }
}
