package org.newsdesk.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.store.Claim;
import org.newsdesk.store.Stage;
import org.newsdesk.store.StoryInputRow;
import org.newsdesk.store.StoryStore;
import org.newsdesk.story.StoryDecision;
import org.newsdesk.story.StoryGrouper;
import org.newsdesk.story.StoryInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each analyzed article in a story, one at a time (the grouper is online and ordered: run
 * with a single worker). At start the grouper is rebuilt by replaying the articles grouped within
 * its window, and the grouper's story ids are mapped back to the stored stories. When an article
 * merges stories ({@link StoryDecision#absorbed()}), the absorbed stored stories are folded into
 * the survivor in the article's own transaction.
 */
public final class GroupStep implements StageStep {

  private static final Logger log = LoggerFactory.getLogger(GroupStep.class);

  private final StoryStore stories;
  private final StoryGrouper grouper = new StoryGrouper();
  private final Map<String, Long> storedIds = new HashMap<>();

  public GroupStep(StoryStore stories, Duration replayWindow) {
    this.stories = stories;
    int replayed = 0;
    for (StoryInputRow row : stories.recentlyGrouped(replayWindow)) {
      StoryDecision d = grouper.add(input(row));
      d.absorbed().forEach(storedIds::remove);
      row.storyId().ifPresent(id -> storedIds.putIfAbsent(d.storyId(), id));
      replayed++;
    }
    if (replayed > 0) {
      log.info("story grouping resumed: {} recent articles replayed", replayed);
    }
  }

  @Override
  public Stage stage() {
    return Stage.GROUP;
  }

  @Override
  public void process(Claim claim) {
    StoryInputRow row = stories.input(claim.articleId());
    StoryDecision d = grouper.add(input(row));
    // Stories the article showed to be fragments of its own: the store moves their articles.
    List<Long> absorbed = new ArrayList<>();
    for (String gone : d.absorbed()) {
      Long storedId = storedIds.remove(gone);
      if (storedId != null) {
        absorbed.add(storedId);
      }
    }
    long id = stories.assign(claim, storedIds.get(d.storyId()), row.title(), d.size(),
        d.independentSources(), absorbed);
    storedIds.putIfAbsent(d.storyId(), id);
    log.debug("article {}: story {} ({}, {} articles, {} sources, {} merged in)", row.articleId(), id,
        d.newStory() ? "new" : "joined", d.size(), d.independentSources(), absorbed);
  }

  private static StoryInput input(StoryInputRow row) {
    return new StoryInput(Long.toString(row.articleId()), row.title(), row.body(),
        row.publishedAt().orElse(null), row.source());
  }
}
