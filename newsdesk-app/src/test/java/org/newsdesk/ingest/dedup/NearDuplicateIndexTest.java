package org.newsdesk.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private final NearDuplicateIndex index = new NearDuplicateIndex();
  private final WireCopies copies = new WireCopies(3);

  @Test
  void aWireCopyFindsItsOriginalAndNothingElse() {
    var wiki = Corpora.wikinews();
    for (var a : wiki.subList(0, 50)) {
      index.add(a.id(), MinHashSignature.of(a.text()));
    }
    var original = wiki.get(17);
    var copy = MinHashSignature.of(copies.copy(original.title(), original.text()));
    assertThat(index.nearDuplicatesOf(copy)).containsExactly(original.id());
  }

  @Test
  void anUnrelatedArticleFindsNothing() {
    var wiki = Corpora.wikinews();
    for (var a : wiki.subList(0, 50)) {
      index.add(a.id(), MinHashSignature.of(a.text()));
    }
    assertThat(index.nearDuplicatesOf(MinHashSignature.of(wiki.get(120).text()))).isEmpty();
  }

  @Test
  void identicalHeadlinesAreCandidatesButNotNearDuplicates() {
    MinHashSignature headline = MinHashSignature.of("Stocks rise as oil prices fall");
    index.add("a", headline);
    assertThat(index.candidates(MinHashSignature.of("STOCKS RISE AS OIL PRICES FALL")))
        .containsExactly("a");
    assertThat(index.nearDuplicatesOf(MinHashSignature.of("Stocks rise as oil prices fall")))
        .isEmpty();
  }

  @Test
  void anIdIsIndexedOnce() {
    index.add("a", MinHashSignature.of("some text"));
    assertThatThrownBy(() -> index.add("a", MinHashSignature.of("other text")))
        .hasMessageContaining("already indexed: a");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void aTextWithoutWordsIsNeverACandidate() {
    index.add("empty", MinHashSignature.of(""));
    assertThat(index.candidates(MinHashSignature.of(""))).isEmpty();
  }
}
