package org.newsdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.newsdesk.store.IndexableArticle;

/**
 * Articles of realistic size and vocabulary made from real ones: a headline, three to twelve
 * paragraphs drawn from anywhere in the corpus, a publisher, a date in 2014–2020, and the
 * entities, quotes, places and event types {@link ParagraphFacts} found in those paragraphs.
 * Deterministic for a seed, so two runs search the same corpus.
 */
final class SyntheticCorpus {

  private static final long FROM = Instant.parse("2014-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2021-01-01T00:00:00Z").getEpochSecond();

  private final CorpusTexts texts;
  private final List<ParagraphFacts> facts;
  private final Random random;
  private int made;

  SyntheticCorpus(CorpusTexts texts, long seed) {
    this.texts = texts;
    this.facts = texts.paragraphs().stream().map(ParagraphFacts::of).toList();
    this.random = new Random(seed);
  }

  int paragraphCount() {
    return facts.size();
  }

  List<IndexableArticle> next(int count) {
    List<IndexableArticle> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article(made++));
    }
    return out;
  }

  private IndexableArticle article(int n) {
    int paragraphs = 3 + random.nextInt(10);
    StringBuilder body = new StringBuilder();
    Set<IndexableArticle.NamedEntity> entities = new LinkedHashSet<>();
    List<IndexableArticle.QuoteText> quotes = new ArrayList<>();
    Set<IndexableArticle.PlaceName> places = new LinkedHashSet<>();
    Set<String> events = new LinkedHashSet<>();
    for (int p = 0; p < paragraphs; p++) {
      ParagraphFacts f = facts.get(random.nextInt(facts.size()));
      body.append(f.text()).append('\n');
      entities.addAll(f.entities());
      quotes.addAll(f.quotes());
      places.addAll(f.places());
      events.addAll(f.eventTypes());
    }
    String title = texts.titles().get(random.nextInt(texts.titles().size()));
    String source = texts.publishers().get(random.nextInt(texts.publishers().size()));
    Instant published = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
    return new IndexableArticle(0, "https://bench.example/" + n, title, body.toString().strip(),
        Optional.of(published), Optional.of(source), List.copyOf(entities), quotes,
        List.copyOf(events), List.copyOf(places));
  }
}
