package org.newsdesk.story;

import java.util.List;
import java.util.Optional;

/**
 * Where the {@link StoryGrouper} put an article.
 *
 * @param storyId the story's id: the id of the story's first article
 * @param newStory whether the article started the story
 * @param score the similarity to the story it joined, weighed by how long the story had been quiet
 *     ({@link QuietSpell}); 0 for a new story; in [0, 1]
 * @param copyOf the earlier member this article nearly copies (a wire story republished), if any
 * @param size the story's number of articles, this one included
 * @param independentSources the story's weight: distinct sources among its members that are not
 *     near-copies of an earlier member
 * @param absorbed stories merged into {@code storyId} by this article, oldest merge first: their
 *     articles now belong to {@code storyId} and their ids are retired. The article's own story
 *     may be among them when it merged into a bigger one. Empty when nothing merged.
 */
public record StoryDecision(String storyId, boolean newStory, double score, Optional<String> copyOf, int size,
    int independentSources, List<String> absorbed) {

  public StoryDecision {
    absorbed = List.copyOf(absorbed);
  }

  public StoryDecision(String storyId, boolean newStory, double score, Optional<String> copyOf, int size,
      int independentSources) {
    this(storyId, newStory, score, copyOf, size, independentSources, List.of());
  }
}
