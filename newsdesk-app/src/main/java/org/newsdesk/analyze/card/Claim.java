package org.newsdesk.analyze.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A statement put forward as true by someone, and who denies it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Claim(
    String text, int start, int end, List<String> claimedBy, List<String> deniedBy,
    SentenceRef sentence, List<SentenceRef> denials) {}
