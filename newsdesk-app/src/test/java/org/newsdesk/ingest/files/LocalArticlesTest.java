package org.newsdesk.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.NewArticle;

class LocalArticlesTest {

  @TempDir
  Path dir;

  private final List<LocalArticles.Problem> problems = new ArrayList<>();
  private final List<NewArticle> articles = new ArrayList<>();

  @Test
  void badLinesAreReportedWithFileAndLineAndTheRestAreRead() throws Exception {
    Path file = dir.resolve("news.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"url\": \"https://example.com/a\", \"title\": \"A\", \"published\": \"2024-03-05\","
            + " \"source\": \"Example\", \"text\": \"First paragraph.\\nSecond.\"}",
        "{not json",
        "{\"url\": \"https://example.com/b\", \"title\": \"B\"}",
        "",
        "{\"title\": \"C\", \"published\": \"2024-03-06T08:15:00+01:00\", \"html\": \"<p>C</p>\"}",
        "{\"url\": \"https://example.com/d\", \"published\": \"5 March\", \"text\": \"D\"}"),
        StandardCharsets.UTF_8);

    new LocalArticles(problems::add).read(file, articles::add);

    assertThat(articles).hasSize(2);
    NewArticle a = articles.get(0);
    assertThat(a.url()).isEqualTo("https://example.com/a");
    assertThat(a.sourceName()).contains("Example");
    assertThat(a.feedPublished()).contains(Instant.parse("2024-03-05T12:00:00Z"));
    assertThat(new String(a.page().orElseThrow().body(), StandardCharsets.UTF_8))
        .isEqualTo("First paragraph.\nSecond.");
    assertThat(a.page().orElseThrow().mediaType()).contains("text/plain");

    NewArticle c = articles.get(1);
    assertThat(c.url()).as("no URL: the file and line stand in").endsWith("news.jsonl#L5");
    assertThat(c.feedPublished()).contains(Instant.parse("2024-03-06T07:15:00Z"));
    assertThat(c.page().orElseThrow().mediaType()).contains("text/html");

    assertThat(problems).extracting(LocalArticles.Problem::where)
        .containsExactly(file + ":2", file + ":3", file + ":6");
    assertThat(problems.get(1).message()).contains("no \"html\" or \"text\"");
    assertThat(problems.get(2).message()).contains("5 March");
  }

  @Test
  void publishedIsReadInTheFormsFeedsAndPagesWriteIt() throws Exception {
    Path file = dir.resolve("dates.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"url\": \"https://example.com/rfc\", \"published\": \"Tue, 05 Mar 2024 14:03:22 GMT\", \"text\": \"R\"}",
        "{\"url\": \"https://example.com/words\", \"published\": \"March 5, 2024 2:03 PM EST\", \"text\": \"W\"}",
        "{\"url\": \"https://example.com/unix\", \"published\": \"1709647402\", \"text\": \"U\"}"),
        StandardCharsets.UTF_8);

    new LocalArticles(problems::add).read(file, articles::add);

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(a -> a.feedPublished().orElseThrow()).containsExactly(
        Instant.parse("2024-03-05T14:03:22Z"), Instant.parse("2024-03-05T19:03:00Z"),
        Instant.parse("2024-03-05T14:03:22Z"));
  }

  @Test
  void aLineMayCarryItsLicenceAndAttribution() throws Exception {
    Path file = dir.resolve("wikinews.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"url\": \"https://en.wikinews.org/wiki/A\", \"text\": \"A.\", \"licence\":"
            + " \"CC BY 2.5\", \"attribution\": \"A, Wikinews, CC BY 2.5\"}",
        "{\"url\": \"https://example.com/b\", \"text\": \"B.\", \"licence\": \" \"}"),
        StandardCharsets.UTF_8);

    new LocalArticles(problems::add).read(file, articles::add);

    assertThat(articles.get(0).credit().licence()).contains("CC BY 2.5");
    assertThat(articles.get(0).credit().attribution()).contains("A, Wikinews, CC BY 2.5");
    assertThat(articles.get(1).credit().isEmpty()).as("blank is absent").isTrue();
  }

  @Test
  void aFolderIsWalkedForPagesTextAndJsonLinesOnly() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.html"), "<html><body><p>page</p></body></html>");
    Files.writeString(dir.resolve("sub/a.txt"), "plain text");
    Files.writeString(dir.resolve("notes.md"), "# not an article");

    new LocalArticles(problems::add).read(dir, articles::add);

    assertThat(articles).extracting(a -> Path.of(java.net.URI.create(a.url())).getFileName()
        .toString()).containsExactly("b.html", "a.txt");
    assertThat(articles.get(1).page().orElseThrow().mediaType()).contains("text/plain");
    assertThat(problems).isEmpty();
  }
}
