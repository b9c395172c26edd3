package org.newsdesk.analyze.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CardJsonTest {

  @Test
  void aWrittenCardReadsBackEqualWithOmittedListsEmpty() throws Exception {
    String json = Files.readString(Path.of("docs/insight-card.example.json"));
    InsightCard card = CardJson.read(json);
    assertThat(CardJson.write(card).strip()).isEqualTo(json.strip());
    // The seed's first claim has no denial: the writer omits the list, the reader restores it.
    assertThat(card.claims()).allSatisfy(c -> assertThat(c.deniedBy()).isNotNull());
    assertThat(card.events()).allSatisfy(e -> assertThat(e.target()).isNotNull());
  }
}
