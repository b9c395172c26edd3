package org.newsdesk.digest.rank;

import java.util.List;

/**
 * Whether the story is news to this reader, against what their earlier digests told them. A
 * story never sent scores 1. One sent before that has since grown scores 0.4, plus up to 0.6 for
 * new facts (three or more count fully), and is told as "update: …" naming the first new fact.
 * One sent and unchanged scores 0 and is left out of the digest.
 */
public final class Novelty implements DigestSignal {

  @Override
  public String name() {
    return "novelty";
  }

  private static final NoveltyVerdict NEW =
      new NoveltyVerdict(NoveltyVerdict.State.NEW, List.of(), 0);

  public NoveltyVerdict assess(CandidateStory story, Reader reader) {
    SentStory sent = reader.sent().isEmpty() ? null : reader.sent().get(story.id());
    if (sent == null) {
      return NEW;
    }
    List<StoryFact> fresh = story.facts().stream()
        .filter(f -> !sent.facts().contains(f.key())).toList();
    int moreArticles = Math.max(0, story.articles() - sent.articles());
    boolean grew = !fresh.isEmpty() || moreArticles > 0
        || story.independentSources() > sent.independentSources();
    return new NoveltyVerdict(grew ? NoveltyVerdict.State.UPDATE : NoveltyVerdict.State.UNCHANGED,
        fresh, moreArticles);
  }

  @Override
  public SignalScore score(CandidateStory story, Reader reader) {
    return score(assess(story, reader));
  }

  static SignalScore score(NoveltyVerdict v) {
    return switch (v.state()) {
      case NEW -> SignalScore.of(1);
      case UNCHANGED -> SignalScore.of(0);
      case UPDATE -> SignalScore.of(0.4 + 0.6 * Math.min(1.0, v.newFacts().size() / 3.0),
          updateLine(v));
    };
  }

  private static String updateLine(NoveltyVerdict v) {
    if (v.newFacts().isEmpty()) {
      return "update: " + v.newArticles() + " more article" + (v.newArticles() == 1 ? "" : "s");
    }
    String first = "update: " + v.newFacts().get(0).text();
    int more = v.newFacts().size() - 1;
    return more == 0 ? first : first + " (+" + more + " more)";
  }
}
