package org.newsdesk.digest.compose;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** One run's rendered {@link StoryBlock}s by story id; shared by the run's composing threads. */
public final class StoryBlocks {

  private final Map<Long, StoryBlock> byStory = new ConcurrentHashMap<>();

  StoryBlock get(long storyId, Supplier<StoryBlock> render) {
    return byStory.computeIfAbsent(storyId, id -> render.get());
  }
}
