package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quotation. {@code text} is exactly the characters between the quote marks (a trailing comma
 * that belongs to the sentence is dropped); {@code start}/{@code end} are its offsets in the body.
 * {@code speaker} is a canonical entity name; when the speaker is a group with no name ("experts")
 * it is null and {@code speakerDescription} says who.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(
    QuoteKind kind,
    String text,
    int start,
    int end,
    String speaker,
    String speakerId,
    String speakerDescription,
    String verb,
    String attribution,
    SentenceRef sentence) {

  public enum QuoteKind { direct, partial }
}
