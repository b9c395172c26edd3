package org.newsdesk.extract;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Puts a structured timestamp on the newsroom's clock when the page shows the same moment to
 * its readers. CMSs often write the structured date in UTC ("2019-11-20T01:50:59Z"), or in UTC
 * with the newsroom's offset stuck on it, while the page reads "Nov. 19, 2019 5:50 PM": the
 * same minute, a whole number of quarter hours apart. The reader's day is the one the page
 * shows, and the URL usually carries it too, so the visible clock is taken and the offset is
 * worked out from the two when the visible stamp does not give it.
 */
final class NewsroomClock {

  /** Time zones run from UTC−12 to UTC+14. */
  private static final Duration MAX_APART = Duration.ofHours(26);

  private NewsroomClock() {}

  /** {@code structured} told as {@code visible} tells it, when both name the same moment. */
  static Optional<PublicationDate> reconcile(PublicationDate structured, PublicationDate visible) {
    if (structured.time().isEmpty() || visible.time().isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime s = LocalDateTime.of(structured.date(), structured.time().get());
    LocalDateTime v = LocalDateTime.of(visible.date(), visible.time().get());
    Duration apart = Duration.between(s.truncatedTo(ChronoUnit.MINUTES), v.truncatedTo(ChronoUnit.MINUTES));
    if (apart.isZero() || apart.abs().compareTo(MAX_APART) > 0 || apart.toMinutes() % 15 != 0
        || structured.date().equals(visible.date())) {
      // Same clock, different moments, or the same day anyway: nothing to put right.
      return Optional.empty();
    }
    // Keep the structured seconds: the visible stamp rounds to the minute.
    LocalDateTime local = v.withSecond(s.getSecond());
    if (visible.offset().isPresent()) {
      return Optional.of(new PublicationDate(local.toLocalDate(), Optional.of(local.toLocalTime()),
          visible.offset(), PublicationDate.Source.DATELINE));
    }
    if (structured.offset().isEmpty()) {
      return Optional.of(new PublicationDate(local.toLocalDate(), Optional.of(local.toLocalTime()),
          Optional.empty(), PublicationDate.Source.DATELINE));
    }
    long seconds = structured.offset().get().getTotalSeconds() + apart.toSeconds();
    if (Math.abs(seconds) > 14 * 3600) {
      return Optional.empty();
    }
    return Optional.of(new PublicationDate(local.toLocalDate(), Optional.of(local.toLocalTime()),
        Optional.of(ZoneOffset.ofTotalSeconds((int) seconds)), PublicationDate.Source.DATELINE));
  }
}
