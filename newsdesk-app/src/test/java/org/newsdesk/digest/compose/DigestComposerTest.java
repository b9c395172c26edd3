package org.newsdesk.digest.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.digest.DigestFixture;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.deliver.OutgoingMail;
import org.newsdesk.digest.rank.CandidateStory;
import org.newsdesk.digest.rank.NoveltyVerdict;
import org.newsdesk.digest.rank.RankedStory;

class DigestComposerTest {

  private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
  private static final Subscriber READER = new Subscriber(42, "reader@example.org",
      ZoneId.of("Europe/Berlin"), 7, Subscriber.State.ACTIVE, Optional.of(NOW), Optional.empty(),
      0, List.of());
  private final DigestComposer composer =
      new DigestComposer(DigestFixture.links(NOW), DigestFixture.FROM);

  private static RankedStory ranked(long id, String title, String summary) {
    CandidateStory story = new CandidateStory(id, title, 14, 14, Optional.of(NOW), NOW, Map.of(),
        Map.of(), Map.of(), List.of(), summary,
        Optional.of(new CandidateStory.Quote("We will respond <firmly>", "Kim Jong-Un")),
        List.of("Kim Jong-Un", "Vladimir Putin"), List.of("Pyongyang", "Moscow"),
        List.of(new CandidateStory.ClaimLine("the arms deal is advancing",
            List.of("United States"), List.of("Russia"))));
    return new RankedStory(story, 0.9, Map.of(),
        new NoveltyVerdict(NoveltyVerdict.State.NEW, List.of(), 0),
        "you follow North Korea · 14 independent sources");
  }

  private OutgoingMail compose(List<RankedStory> stories) {
    return composer.compose(READER, DAY, stories).orElseThrow().mail();
  }

  @Test
  void theSubjectNamesTheDayTheLeadStoryAndHowManyMore() {
    List<RankedStory> stories = new ArrayList<>();
    stories.add(ranked(1, "North Korea missile launch", "It launched."));
    for (int i = 2; i <= 5; i++) {
      stories.add(ranked(i, "Other " + i, "Other."));
    }

    assertThat(compose(stories).subject())
        .isEqualTo("Your Newsdesk digest, 28 Nov: North Korea missile launch, +4 more");
    assertThat(compose(stories.subList(0, 1)).subject())
        .isEqualTo("Your Newsdesk digest, 28 Nov: North Korea missile launch");
  }

  @Test
  void bothPartsCarryTheStoryTheWhyLineAndTheManageAndUnsubscribeLinks() {
    OutgoingMail mail = compose(List.of(ranked(1, "North Korea missile launch", "It launched.")));
    String manage = mail.html().substring(mail.html().indexOf("https://news.example.org/manage/"));
    manage = manage.substring(0, manage.indexOf('"'));
    String unsubscribe = mail.headers().get("List-Unsubscribe");
    unsubscribe = unsubscribe.substring(1, unsubscribe.length() - 1);

    assertThat(unsubscribe).startsWith("https://news.example.org/unsubscribe/");
    for (String part : List.of(mail.html(), mail.text())) {
      assertThat(part).contains("North Korea missile launch", "https://news.example.org/stories/1",
          "you follow North Korea · 14 independent sources", "Kim Jong-Un", "Moscow",
          "denied by Russia", manage, unsubscribe);
    }
    assertThat(mail.html()).contains("We will respond &lt;firmly&gt;").doesNotContain("<firmly>");
    assertThat(mail.text()).contains("“We will respond <firmly>” — Kim Jong-Un");
  }

  @Test
  void headersOfferOneClickUnsubscribeAndTheMessageIdIsOfTheSendersDomain() {
    OutgoingMail mail = compose(List.of(ranked(1, "A", "B.")));

    assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    assertThat(mail.headers().get("List-Unsubscribe")).matches("<https://[^>]+>");
    assertThat(mail.messageId()).endsWith("@news.example.org>");
    assertThat(mail.kind()).isEqualTo(OutgoingMail.Kind.DIGEST);
    assertThat(mail.digestDay()).contains(DAY);
    assertThat(mail.recipient()).isEqualTo("reader@example.org");
  }

  @Test
  void anOversizedDigestDropsStoriesFromTheBottomUntilItFits() {
    String huge = "word ".repeat(6000);
    List<RankedStory> stories = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      stories.add(ranked(i, "Story " + i, huge));
    }

    ComposedDigest digest = composer.compose(READER, DAY, stories).orElseThrow();

    assertThat(digest.mail().html().getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(DigestComposer.MAX_HTML_BYTES);
    assertThat(digest.stories()).hasSizeBetween(1, 9);
    assertThat(digest.stories().get(0).story().id()).isEqualTo(1);
    assertThat(digest.mail().html()).contains("/unsubscribe/");
  }

  @Test
  void nothingToSayComposesNoMail() {
    assertThat(composer.compose(READER, DAY, List.of())).isEmpty();
  }

  @Test
  void theSummaryIsTheLeadTwoSentencesWithoutTheDateline() {
    assertThat(LeadSentences.of("SEOUL (Reuters) - North Korea fired a missile on Tuesday. "
        + "It flew over Japan, officials said. A third sentence is not wanted."))
        .isEqualTo("North Korea fired a missile on Tuesday. It flew over Japan, officials said.");
  }
}
