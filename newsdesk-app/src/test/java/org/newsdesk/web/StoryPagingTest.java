package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryPagingTest {

  @Test
  void linksToNeighbouringPagesKeepTheFiltersAndTheFirstPageHasNoNumber() {
    StoryPaging second = new StoryPaging(1, true, "RU", "meet & greet");

    assertThat(second.olderHref()).isEqualTo("/?place=RU&topic=meet+%26+greet&page=2");
    assertThat(second.newerHref()).isEqualTo("/?place=RU&topic=meet+%26+greet");
    assertThat(new StoryPaging(1, false, "", "").newerHref()).isEqualTo("/");
    assertThat(new StoryPaging(0, true, "", "warn").olderHref()).isEqualTo("/?topic=warn&page=1");
    assertThat(second.firstNumber()).isEqualTo(StoryPaging.SIZE + 1);
  }

  @Test
  void anUnreadablePageIsTheFirst() {
    assertThat(StoryPaging.requested("3")).isEqualTo(3);
    assertThat(StoryPaging.requested(null)).isZero();
    assertThat(StoryPaging.requested("-2")).isZero();
    assertThat(StoryPaging.requested("x")).isZero();
  }
}
