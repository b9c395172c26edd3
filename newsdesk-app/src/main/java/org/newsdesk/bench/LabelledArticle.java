package org.newsdesk.bench;

import org.newsdesk.story.StoryInput;

/**
 * An article of a story-grouping data set with its gold story and, when the set has one, its
 * topic (ECB+ pairs two events of one kind under a topic; the UCI set has a category).
 */
public record LabelledArticle(StoryInput input, String cluster, String topic) {}
