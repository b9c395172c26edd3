package org.newsdesk.analyze.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.analyze.card.Body;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.analyze.card.Quote;
import org.newsdesk.analyze.card.SentenceRef;

class CardJsonTest {

  private static final InsightCard CARD = new InsightCard(InsightCard.SCHEMA, "2023-09-13", "en",
      null, new Body("‘We’ll talk,’ Putin said.", List.of(), List.of(), List.of()), List.of(),
      List.of(), List.of(new Quote(Quote.QuoteKind.direct, "We’ll talk", 1, 11, "Vladimir Putin",
          null, null, "said", null, new SentenceRef(0, 0, 25))),
      List.of(), List.of(), List.of(), List.of());

  @Test
  void theCardIsPrettyJsonThatReadsBackToTheSameValues() throws Exception {
    String json = CardJson.write(CARD);
    assertThat(json).startsWith("{\n  \"schema\": \"newsdesk.insight-card/1\",\n");
    JsonNode back = new ObjectMapper().readTree(json);
    assertThat(back.path("quotes").get(0).path("text").asText()).isEqualTo("We’ll talk");
    assertThat(back.path("quotes").get(0).path("kind").asText()).isEqualTo("direct");
    assertThat(back.has("truncated")).as("absent values are left out").isFalse();
  }
}
