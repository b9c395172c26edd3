package org.newsdesk.digest.compose;

import java.util.List;
import org.newsdesk.digest.deliver.OutgoingMail;
import org.newsdesk.digest.rank.RankedStory;

/** A digest ready for the outbox, and the stories it actually holds (after any size cut). */
public record ComposedDigest(OutgoingMail mail, List<RankedStory> stories) {

  public ComposedDigest {
    stories = List.copyOf(stories);
  }
}
