package org.newsdesk.digest.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.digest.rank.Stories.NOW;
import static org.newsdesk.digest.rank.Stories.denial;
import static org.newsdesk.digest.rank.Stories.reader;
import static org.newsdesk.digest.rank.Stories.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.digest.Follow;

/** Each signal on its own: it must move the way its name says, and say why. */
class DigestSignalsTest {

  private static final Follow NORTH_KOREA = new Follow(Follow.Kind.ENTITY, "7", "North Korea");

  @Test
  void followMatchScoresAStoryMentioningAFollowedEntityAboveOneThatDoesNot() {
    Reader reader = reader(List.of(NORTH_KOREA), Map.of("7", 7L), Map.of());
    CandidateStory about = story(1, "Missile launch", 4, NOW, Map.of(7L, 3), List.of());
    CandidateStory other = story(2, "Election", 4, NOW, Map.of(9L, 4), List.of());
    FollowMatch signal = new FollowMatch();

    assertThat(signal.score(about, reader).value()).isGreaterThan(0.6);
    assertThat(signal.score(other, reader).value()).isZero();
    assertThat(signal.score(about, reader).why()).contains("you follow North Korea");
  }

  @Test
  void followMatchFollowsAMergedEntityToTheOneItBecame() {
    // The follow names entity 7, merged into 12: the reader's map resolves it (see the store).
    Reader reader = reader(List.of(NORTH_KOREA), Map.of("7", 12L), Map.of());
    CandidateStory story = story(1, "Missile launch", 2, NOW, Map.of(12L, 2), List.of());

    assertThat(new FollowMatch().score(story, reader).value()).isGreaterThan(0);
  }

  @Test
  void followMatchCoversPlacesTopicsAndSearches() {
    CandidateStory story = new CandidateStory(5, "Quake", 2, 2, Optional.of(NOW), NOW, Map.of(),
        Map.of("JP", 2), Map.of("attack", 1), List.of(), "", Optional.empty(), List.of(),
        List.of(), List.of());
    FollowMatch signal = new FollowMatch();
    Reader byPlace = reader(List.of(new Follow(Follow.Kind.PLACE, "jp", "Japan")), Map.of(),
        Map.of());
    Reader byTopic = reader(List.of(new Follow(Follow.Kind.TOPIC, "ATTACK", "Attacks")),
        Map.of(), Map.of());
    Reader bySearch = new Reader(List.of(new Follow(Follow.Kind.SEARCH, "tsunami", "tsunami")),
        Map.of(), Map.of("tsunami", Set.of(5L)), Map.of(), NOW.minusSeconds(86400), NOW);
    Reader byOtherSearch = new Reader(List.of(new Follow(Follow.Kind.SEARCH, "budget", "budget")),
        Map.of(), Map.of("budget", Set.of(6L)), Map.of(), NOW.minusSeconds(86400), NOW);

    assertThat(signal.score(story, byPlace).value()).isEqualTo(1.0);
    assertThat(signal.score(story, byTopic).value()).isGreaterThan(0.6);
    assertThat(signal.score(story, bySearch).value()).isGreaterThan(0.6);
    assertThat(signal.score(story, byOtherSearch).value()).isZero();
  }

  @Test
  void moreIndependentSourcesScoreHigher() {
    IndependentSources signal = new IndependentSources();
    Reader reader = Stories.followsNothing();

    double one = signal.score(story(1, 1), reader).value();
    double five = signal.score(story(2, 5), reader).value();
    double fourteen = signal.score(story(3, 14), reader).value();

    assertThat(one).isLessThan(five);
    assertThat(five).isLessThan(fourteen);
    assertThat(signal.score(story(4, 40), reader).value()).isEqualTo(1.0);
    assertThat(signal.score(story(3, 14), reader).why()).contains("14 independent sources");
    assertThat(signal.score(story(1, 1), reader).why()).isEmpty();
  }

  @Test
  void aStoryNeverSentIsNew() {
    NoveltyVerdict v = new Novelty().assess(story(1, 3), Stories.followsNothing());

    assertThat(v.state()).isEqualTo(NoveltyVerdict.State.NEW);
    assertThat(new Novelty().score(story(1, 3), Stories.followsNothing()).value()).isEqualTo(1.0);
  }

  @Test
  void aStorySentAndUnchangedIsDroppedFromTheDigest() {
    StoryFact deal = denial("Moscow denies the arms deal");
    CandidateStory story = story(1, "Arms deal", 3, NOW, Map.of(), List.of(deal));
    Reader reader = reader(List.of(), Map.of(),
        Map.of(1L, new SentStory(1, 3, 3, Set.of(deal.key()))));

    assertThat(new Novelty().assess(story, reader).state())
        .isEqualTo(NoveltyVerdict.State.UNCHANGED);
    assertThat(new DigestRanker().rank(List.of(story), reader, 10)).isEmpty();
  }

  @Test
  void aStoryThatGrewIsAnUpdateNamingTheNewFact() {
    StoryFact old = denial("Pyongyang denies the launch failed");
    StoryFact fresh = denial("Moscow denies the arms deal");
    CandidateStory story = story(1, "Arms deal", 4, NOW, Map.of(), List.of(old, fresh));
    Reader reader = reader(List.of(), Map.of(),
        Map.of(1L, new SentStory(1, 3, 3, Set.of(old.key()))));

    NoveltyVerdict v = new Novelty().assess(story, reader);
    SignalScore s = new Novelty().score(story, reader);

    assertThat(v.state()).isEqualTo(NoveltyVerdict.State.UPDATE);
    assertThat(v.newFacts()).containsExactly(fresh);
    assertThat(s.why()).contains("update: Moscow denies the arms deal");
    assertThat(s.value()).isBetween(0.4, 1.0);
  }

  @Test
  void freshnessHalvesEveryTwelveHours() {
    Freshness signal = new Freshness();
    Reader reader = Stories.followsNothing();
    double now = signal.score(story(1, "a", 2, NOW, Map.of(), List.of()), reader).value();
    double halfDay = signal.score(story(2, "b", 2, NOW.minusSeconds(12 * 3600), Map.of(),
        List.of()), reader).value();

    assertThat(now).isEqualTo(1.0);
    assertThat(halfDay).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theWhyLineJoinsFollowSourcesAndNews() {
    StoryFact old = denial("Pyongyang denies the launch failed");
    StoryFact fresh = denial("Moscow denies the arms deal");
    CandidateStory story = story(1, "North Korea missile launch", 14,
        NOW.minusSeconds(5 * 3600), Map.of(7L, 10), List.of(old, fresh));
    Reader reader = reader(List.of(NORTH_KOREA), Map.of("7", 7L),
        Map.of(1L, new SentStory(1, 10, 10, Set.of(old.key()))));

    List<RankedStory> ranked = new DigestRanker().rank(List.of(story), reader, 10);

    assertThat(ranked).singleElement().extracting(RankedStory::why).isEqualTo(
        "you follow North Korea · 14 independent sources · update: Moscow denies the arms deal");
  }

  @Test
  void storiesMatchingNoFollowAreLeftOutUnlessTheReaderFollowsNothing() {
    CandidateStory about = story(1, "Missile launch", 2, NOW, Map.of(7L, 2), List.of());
    CandidateStory big = story(2, "Election", 20, NOW, Map.of(9L, 20), List.of());
    DigestRanker ranker = new DigestRanker();

    assertThat(ranker.rank(List.of(about, big), reader(List.of(NORTH_KOREA), Map.of("7", 7L),
        Map.of()), 10)).extracting(r -> r.story().id()).containsExactly(1L);
    assertThat(ranker.rank(List.of(about, big), Stories.followsNothing(), 10))
        .extracting(r -> r.story().id()).containsExactly(2L, 1L);
  }

  @Test
  void onlyStoriesChangedSinceTheLastDigestAreCandidates() {
    CandidateStory before = story(1, "Old", 5, NOW.minusSeconds(2 * 86400), Map.of(), List.of());
    CandidateStory after = story(2, "New", 5, NOW.minusSeconds(3600), Map.of(), List.of());

    assertThat(new DigestRanker().rank(List.of(before, after), Stories.followsNothing(), 10))
        .extracting(r -> r.story().id()).containsExactly(2L);
  }

  @Test
  void theWeightsSumToOne() {
    assertThat(DigestRanker.SIGNALS.stream().mapToDouble(WeightedSignal::weight).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(DigestRanker.SIGNALS).extracting(w -> w.signal().name())
        .containsExactly("follow-match", "independent-sources", "novelty", "freshness");
  }

  @Test
  void rankingThroughTheFollowIndexEqualsRankingEveryCandidate() {
    List<CandidateStory> day = List.of(
        story(1, "Missile launch", 9, NOW, Map.of(7L, 3), List.of()),
        story(2, "Election", 20, NOW, Map.of(9L, 4), List.of()),
        new CandidateStory(3, "Quake", 2, 2, Optional.of(NOW), NOW, Map.of(), Map.of("JP", 2),
            Map.of("attack", 1), List.of(), "", Optional.empty(), List.of(), List.of(),
            List.of()),
        story(4, "Talks", 3, NOW.minusSeconds(7200), Map.of(7L, 1), List.of()));
    Reader reader = reader(List.of(NORTH_KOREA, new Follow(Follow.Kind.PLACE, "JP", "Japan")),
        Map.of("7", 7L), Map.of());
    DigestRanker ranker = new DigestRanker();

    List<RankedStory> viaIndex = ranker.rank(new FollowIndex(day), reader, 10);

    assertThat(viaIndex).isEqualTo(ranker.rank(day, reader, 10));
    assertThat(viaIndex).extracting(r -> r.story().id()).containsExactlyInAnyOrder(1L, 3L, 4L);
  }
}
