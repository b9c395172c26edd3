package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouper's behaviour on small hand-made streams. */
class StoryGrouperTest {

  private static final Instant MAY_2 = Instant.parse("2013-05-02T09:00:00Z");

  private static final String WIRE = """
      Lindsay Lohan has checked into the Betty Ford Center in Rancho Mirage to begin a 90-day \
      court-ordered stay, her lawyer Mark Heller said on Thursday.
      The actress had skipped a Newport Beach facility earlier in the day and faced arrest for \
      violating her probation in a reckless driving case.
      Judge James Dabney ordered the stay in March after Lohan pleaded no contest.""";

  private static final String OTHER_EVENT = """
      Tara Reid checked herself into the Promises Treatment Center in Malibu, her publicist Jack \
      Ketsoyan told People magazine.
      The American Pie actress went to Promises on Tuesday, a friend said, and her family supported \
      her decision.""";

  private static final String SAME_EVENT_OTHER_REPORTER = """
      Lindsay Lohan finally arrived at the Betty Ford Center late on Thursday, hours after she walked \
      out of a Newport Beach clinic.
      Her lawyer Mark Heller said the actress would serve the 90-day stay that Judge James Dabney \
      imposed for violating probation.""";

  private final StoryGrouper grouper = new StoryGrouper();

  private static StoryInput article(String id, String text, Instant published, String source) {
    return new StoryInput(id, "", text, published, source);
  }

  @Test
  void twoCopiesOfOneWireStoryAreOneStoryWithOneIndependentSource() {
    StoryDecision first = grouper.add(article("ap", WIRE, MAY_2, "apnews.com"));
    StoryDecision copy = grouper.add(article("yahoo", WIRE.replace("on Thursday", "Thursday"),
        MAY_2.plusSeconds(600), "news.yahoo.com"));

    assertThat(first.newStory()).isTrue();
    assertThat(copy.newStory()).isFalse();
    assertThat(copy.storyId()).isEqualTo("ap");
    assertThat(copy.copyOf()).contains("ap");
    assertThat(copy.size()).isEqualTo(2);
    assertThat(copy.independentSources()).isEqualTo(1);
    assertThat(grouper.story("ap").orElseThrow().memberIds()).containsExactly("ap", "yahoo");
  }

  @Test
  void anIndependentReportOfTheSameEventAddsASource() {
    grouper.add(article("ap", WIRE, MAY_2, "apnews.com"));
    StoryDecision other = grouper.add(article("latimes", SAME_EVENT_OTHER_REPORTER, MAY_2.plusSeconds(3600),
        "latimes.com"));

    assertThat(other.storyId()).isEqualTo("ap");
    assertThat(other.copyOf()).isEmpty();
    assertThat(other.independentSources()).isEqualTo(2);
  }

  @Test
  void theSameTextAMonthLaterStartsANewStory() {
    grouper.add(article("may", WIRE, MAY_2, "apnews.com"));
    StoryDecision june = grouper.add(article("june", WIRE, MAY_2.plus(Duration.ofDays(31)), "apnews.com"));

    assertThat(june.newStory()).isTrue();
    assertThat(june.storyId()).isEqualTo("june");
  }

  @Test
  void twoEventsOfTheSameKindAreSeparateStories() {
    grouper.add(article("lohan", WIRE, MAY_2, "apnews.com"));
    StoryDecision reid = grouper.add(article("reid", OTHER_EVENT, MAY_2.plusSeconds(3600), "people.com"));

    assertThat(reid.newStory()).isTrue();
  }

  @Test
  void undatedArticlesIgnoreTheWindow() {
    grouper.add(article("ap", WIRE, MAY_2, "apnews.com"));
    StoryDecision undated = grouper.add(article("undated", SAME_EVENT_OTHER_REPORTER, null, null));

    assertThat(undated.storyId()).isEqualTo("ap");
    assertThat(undated.independentSources()).isEqualTo(2);
  }

  @Test
  void replayingTheSameStreamGivesTheSameDecisions() {
    List<StoryInput> stream = List.of(article("ap", WIRE, MAY_2, "apnews.com"),
        article("reid", OTHER_EVENT, MAY_2.plusSeconds(60), "people.com"),
        article("latimes", SAME_EVENT_OTHER_REPORTER, MAY_2.plusSeconds(120), "latimes.com"),
        article("yahoo", WIRE, MAY_2.plusSeconds(180), "news.yahoo.com"));

    assertThat(decisions(stream)).isEqualTo(decisions(stream));
  }

  @Test
  void storiesQuietForLongerThanTheWindowAreFrozen() {
    StoryGrouper small = new StoryGrouper(new StoryOptions(0.25, 0.15, Duration.ofDays(7), 0, 100, 200, 12, 0.6, 2.0, 0.7));
    small.add(article("old", WIRE, MAY_2, "apnews.com"));
    small.add(article("new", OTHER_EVENT, MAY_2.plus(Duration.ofDays(10)), "people.com"));

    assertThat(small.activeStories()).extracting(StoryView::id).containsExactly("new");
  }

  // Another rehab stay the same week: names and place differ, the kind of event is the same.
  private static final String REID_AGAIN = """
      Tara Reid went to the Promises Treatment Center in Malibu on Tuesday, her publicist Jack \
      Ketsoyan said; the American Pie actress has the support of her family, a friend told People.""";

  private static final String LOHAN_MENTIONS_REID = """
      Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday, her lawyer Mark \
      Heller said; days earlier Tara Reid had entered the Promises Treatment Center in Malibu.""";

  /** Headlines of one hearing, two fragments: RBS and Scotland; forex rigging. */
  private static final List<String> CARNEY = List.of(
      "Carney says RBS may have to leave independent Scotland",
      "RBS could move south if Scots vote yes, Carney warns",
      "Carney: forex rigging claims as serious as Libor",
      "Forex rigging scandal could dwarf Libor, says Carney");

  private static final String CARNEY_BRIDGE = "Carney grilled by MPs on forex rigging, RBS and Scotland";

  private static void addHeadlines(StoryGrouper g, List<String> headlines) {
    for (int i = 0; i < headlines.size(); i++) {
      g.add(new StoryInput("h" + i, headlines.get(i), "", MAY_2.plusSeconds(60L * i), "source" + i));
    }
  }

  @Test
  void twoFragmentsOfOneEventMergeWhenABridgingArticleArrives() {
    addHeadlines(grouper, CARNEY);
    assertThat(grouper.activeStories()).extracting(StoryView::id).containsExactly("h0", "h2");

    StoryDecision bridge = grouper.add(new StoryInput("bridge", CARNEY_BRIDGE, "", MAY_2.plusSeconds(600), "bbc.co.uk"));

    assertThat(bridge.storyId()).isEqualTo("h0");
    assertThat(bridge.newStory()).isFalse();
    assertThat(bridge.absorbed()).containsExactly("h2");
    assertThat(bridge.size()).isEqualTo(5);
    assertThat(bridge.independentSources()).isEqualTo(5);
    assertThat(grouper.activeStories()).extracting(StoryView::id).containsExactly("h0");
    assertThat(grouper.story("h0").orElseThrow().memberIds())
        .containsExactlyInAnyOrder("h0", "h1", "h2", "h3", "bridge");
    assertThat(grouper.story("h2")).isEmpty();
  }

  @Test
  void aMergedStoryKeepsGrowing() {
    addHeadlines(grouper, CARNEY);
    grouper.add(new StoryInput("bridge", CARNEY_BRIDGE, "", MAY_2.plusSeconds(600), "bbc.co.uk"));

    StoryDecision next = grouper.add(new StoryInput("later", "Libor-style forex rigging probe widens, Carney tells MPs",
        "", MAY_2.plusSeconds(900), "ft.com"));

    assertThat(next.storyId()).isEqualTo("h0");
    assertThat(next.absorbed()).isEmpty();
    assertThat(next.size()).isEqualTo(6);
  }

  @Test
  void withoutMergingTheFragmentsStayTwoStories() {
    StoryGrouper never = new StoryGrouper(StoryOptions.defaults().withMergeRatio(20));
    addHeadlines(never, CARNEY);

    StoryDecision bridge = never.add(new StoryInput("bridge", CARNEY_BRIDGE, "", MAY_2.plusSeconds(600), "bbc.co.uk"));

    assertThat(bridge.absorbed()).isEmpty();
    assertThat(never.activeStories()).hasSize(2);
  }

  private static final List<String> GOOGLE_TWO_STORIES = List.of(
      "Google to launch Android SDK for wearables",
      "Google Android SDK for wearables due in two weeks",
      "Wearables SDK coming to Android developers, Google says",
      "Android wearables SDK from Google in two weeks",
      "Google launches add-ons for Docs and Sheets",
      "Google Docs and Sheets get an add-on store",
      "Add-ons arrive in Google Docs and Sheets",
      "Docs and Sheets add-ons launch at Google");

  private static final String GOOGLE_BRIDGE = "Google launches wearables SDK for Android and add-ons for Docs";

  @Test
  void twoEstablishedStoriesOfOneCompanyStayApartWhenAnArticleMentionsBoth() {
    addHeadlines(grouper, GOOGLE_TWO_STORIES);
    assertThat(grouper.activeStories()).extracting(StoryView::id).containsExactlyInAnyOrder("h0", "h4");

    StoryDecision bridge = grouper.add(new StoryInput("bridge", GOOGLE_BRIDGE, "", MAY_2.plusSeconds(600), "cnet.com"));

    assertThat(bridge.newStory()).isFalse();
    assertThat(bridge.absorbed()).isEmpty();
    assertThat(grouper.activeStories()).hasSize(2);
  }

  @Test
  void withABarThatIgnoresSizeTheSameTwoStoriesMerge() {
    StoryGrouper flat = new StoryGrouper(StoryOptions.defaults().withMergeGrowth(0));
    addHeadlines(flat, GOOGLE_TWO_STORIES);

    StoryDecision bridge = flat.add(new StoryInput("bridge", GOOGLE_BRIDGE, "", MAY_2.plusSeconds(600), "cnet.com"));

    assertThat(bridge.absorbed()).hasSize(1);
    assertThat(flat.activeStories()).hasSize(1);
  }

  private static final String WEAK_FOLLOW_UP = "RBS headquarters and the independence vote";

  @Test
  void aWeaklySimilarHeadlineJoinsTheSameDayButNotAfterTheStoryWasQuietForADay() {
    StoryGrouper sameDay = new StoryGrouper();
    addHeadlines(sameDay, CARNEY.subList(0, 2));
    StoryGrouper nextDay = new StoryGrouper();
    addHeadlines(nextDay, CARNEY.subList(0, 2));

    StoryDecision soon = sameDay.add(new StoryInput("soon", WEAK_FOLLOW_UP, "", MAY_2.plusSeconds(3_600), "ft.com"));
    StoryDecision late = nextDay.add(new StoryInput("late", WEAK_FOLLOW_UP, "", MAY_2.plusSeconds(30 * 3_600), "ft.com"));

    assertThat(soon.newStory()).isFalse();
    assertThat(soon.storyId()).isEqualTo("h0");
    assertThat(late.newStory()).isTrue();
  }

  @Test
  void aHeadlineSharingOneWordWithAStoryDoesNotJoinIt() {
    grouper.add(new StoryInput("carney", "Carney warns RBS could leave an independent Scotland", "", MAY_2, "bbc.co.uk"));

    StoryDecision rugby = grouper.add(new StoryInput("rugby", "Scotland beat Italy in Six Nations", "",
        MAY_2.plusSeconds(60), "espn.co.uk"));

    assertThat(rugby.newStory()).isTrue();
    assertThat(rugby.storyId()).isEqualTo("rugby");
  }

  @Test
  void twoEventsOfOneKindStayApartWhenAnArticleMentionsBoth() {
    grouper.add(article("lohan", WIRE, MAY_2, "apnews.com"));
    grouper.add(article("lohan2", SAME_EVENT_OTHER_REPORTER, MAY_2.plusSeconds(60), "latimes.com"));
    grouper.add(article("reid", OTHER_EVENT, MAY_2.plusSeconds(120), "people.com"));
    grouper.add(article("reid2", REID_AGAIN, MAY_2.plusSeconds(180), "usmagazine.com"));

    StoryDecision both = grouper.add(article("both", LOHAN_MENTIONS_REID, MAY_2.plusSeconds(240), "eonline.com"));

    assertThat(both.storyId()).isEqualTo("lohan");
    assertThat(both.absorbed()).isEmpty();
    assertThat(grouper.activeStories()).extracting(StoryView::id).containsExactlyInAnyOrder("lohan", "reid");
  }

  private static List<StoryDecision> decisions(List<StoryInput> stream) {
    StoryGrouper g = new StoryGrouper();
    List<StoryDecision> out = new ArrayList<>();
    stream.forEach(a -> out.add(g.add(a)));
    return out;
  }
}
