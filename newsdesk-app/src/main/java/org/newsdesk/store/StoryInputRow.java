package org.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What story grouping reads of an article, and (for a replay) the story it was put in.
 *
 * @param storyId the stored story, when the article was grouped before
 */
public record StoryInputRow(long articleId, String title, String body,
    Optional<Instant> publishedAt, String source, Optional<Long> storyId) {}
