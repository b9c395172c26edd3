package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.Database;
import org.newsdesk.store.TestStore;
import org.newsdesk.web.WebFixture;

class ExportCommandTest {

  @TempDir
  Path out;

  private int run(String... args) {
    return NewsdeskCli.commandLine(CliContext.standard(), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())).execute(args);
  }

  @Test
  void eventsAsCsvAndCardsAsJsonLinesRoundTrip() throws Exception {
    Database db = TestStore.fresh();
    long id = WebFixture.analyzed(db, "https://example.com/seed", "Seed", "Example",
        WebFixture.seedText(), LocalDate.of(2023, 9, 13));
    String data = TestStore.dataDir().toString();

    Path csv = out.resolve("events.csv");
    assertThat(run("export", "--data", data, "--what", "events", "--format", "csv", "-o",
        csv.toString())).isZero();
    MappingIterator<Map<String, String>> rows = new CsvMapper()
        .readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile());
    List<Map<String, String>> events = rows.readAll();
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> {
      assertThat(e.get("article_id")).isEqualTo(Long.toString(id));
      assertThat(e.get("negated")).isIn("true", "false");
    });
    assertThat(events).anySatisfy(e -> assertThat(e.get("sources")).contains("Kim Jong-Un"));

    Path jsonl = out.resolve("cards.jsonl");
    assertThat(run("export", "--data", data, "--what", "cards", "-o", jsonl.toString())).isZero();
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(1);
    JsonNode card = new ObjectMapper().readTree(lines.get(0)).path("card");
    assertThat(card.path("schema").asText()).isEqualTo("newsdesk.insight-card/1");
    assertThat(card.path("quotes").size()).isPositive();

    assertThat(run("export", "--data", data, "--what", "nonsense")).isEqualTo(2);
  }
}
