package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A time expression and what it means against the publication date. {@code value} is ISO 8601
 * (a day, a week such as 2023-W36, a month, a year, or a duration such as PT5H); {@code from} and
 * {@code to} give the days it covers, when it covers days.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateMention(
    String text, int start, int end, String kind, String value, String from, String to,
    SentenceRef sentence) {}
