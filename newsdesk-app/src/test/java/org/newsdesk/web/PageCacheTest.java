package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {

  private final PageCache cache = new PageCache(100);
  private final AtomicInteger renders = new AtomicInteger();

  @Test
  void aPageIsRenderedOncePerVersionAndANewVersionReplacesIt() {
    CachedPage first = cache.get("story:1", "v1", () -> render("one"));
    assertThat(cache.get("story:1", "v1", () -> render("again"))).isSameAs(first);
    assertThat(renders).hasValue(1);

    CachedPage second = cache.get("story:1", "v2", () -> render("two"));
    assertThat(new String(second.html(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("two");
    assertThat(second.etag()).isNotEqualTo(first.etag()).startsWith("W/\"");
    assertThat(cache.size()).as("one entry per page, not per version").isEqualTo(1);
  }

  @Test
  void aFailedRenderIsNotRemembered() {
    assertThatThrownBy(() -> cache.get("article:9", "v1", () -> {
      throw new IllegalStateException("store down");
    })).hasMessage("store down");
    assertThat(cache.get("article:9", "v1", () -> render("back"))).isNotNull();
    assertThat(renders).hasValue(1);
  }

  @Test
  void pastCapacityTheCacheStartsAfresh() {
    PageCache small = new PageCache(2);
    small.get("a", "1", () -> "a");
    small.get("b", "1", () -> "b");
    small.get("c", "1", () -> "c");
    assertThat(small.size()).isEqualTo(1);
  }

  private String render(String html) {
    renders.incrementAndGet();
    return html;
  }
}
