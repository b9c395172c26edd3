package org.newsdesk.analyze.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.ArticleInput;
import org.newsdesk.analyze.SharedAnalyzer;

/**
 * The JSON Schema in docs/ is the contract the API, the store and the digest rely on: the cards
 * the analyzer writes must conform to it, and the documented example must be the seed article's
 * card as the analyzer writes it today.
 */
class InsightCardSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.readTree(Path.of("docs/insight-card.schema.json").toFile()));
  }

  private static JsonNode cardOf(String text, LocalDate published) throws IOException {
    return JSON.readTree(CardJson.write(SharedAnalyzer.get().analyze(ArticleInput.text(text, published))));
  }

  @Test
  void theSeedCardConformsAndIsTheDocumentedExample() throws IOException {
    JsonNode card = cardOf(Files.readString(Path.of("../shared/fixtures/seed-article/article.txt")),
        LocalDate.of(2023, 9, 13));
    assertThat(schema.validate(card)).isEmpty();
    JsonNode example = JSON.readTree(Path.of("docs/insight-card.example.json").toFile());
    assertThat(example.equals(card)).as("docs/insight-card.example.json is stale: regenerate it with"
        + " ./newsdesk analyze newsdesk-app/src/test/resources/seed-article/article.txt"
        + " --published 2023-09-13 > docs/insight-card.example.json").isTrue();
  }

  @Test
  void aCardWithoutPublicationDateAndTruncatedConforms() throws IOException {
    String paragraph = "Officials in Kyiv said on Monday that Belarus had moved “a few hundred” troops.\n";
    JsonNode card = cardOf(paragraph.repeat(1000), null);
    assertThat(card.has("truncated")).isTrue();
    assertThat(schema.validate(card)).isEmpty();
  }

  @Test
  void theSchemaRejectsACardThatBreaksTheContract() throws IOException {
    ObjectNode card = (ObjectNode) cardOf("Iran denied the reports on Thursday.", LocalDate.of(2024, 3, 7));
    ((ObjectNode) card.get("events").get(0)).put("type", "teleport");
    card.remove("sentences");
    List<Error> errors = schema.validate(card);
    assertThat(errors).extracting(Error::toString).anyMatch(e -> e.contains("sentences"))
        .anyMatch(e -> e.contains("type"));
  }
}
