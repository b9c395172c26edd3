package org.newsdesk.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Every date a page gives for its publication, one a source, beside the one the extractor
 * chooses. For evaluating the choice: where the sources disagree is where it can go wrong.
 *
 * @param chosen what {@link ArticleExtractor} gives as the publication date
 * @param signals each source's date, most trusted first
 */
public record DateSignals(Optional<PublicationDate> chosen, List<PublicationDate> signals) {

  public DateSignals {
    Objects.requireNonNull(chosen, "chosen");
    signals = List.copyOf(signals);
  }

  /** The date {@code source} gives, if it gives one. */
  public Optional<PublicationDate> from(PublicationDate.Source source) {
    return signals.stream().filter(s -> s.source() == source).findFirst();
  }

  /**
   * Reads the signals of a page.
   *
   * @param url the page's URL, or null when unknown
   * @param fetchedAt when the page was fetched, if known
   */
  public static DateSignals read(String html, String url, Optional<Instant> fetchedAt) {
    Parser parser = Parser.htmlParser().setMaxDepth(ArticleExtractor.MAX_DEPTH);
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url, parser);
    List<PublicationDate> signals =
        new PublicationDateFinder().signals(doc, MetaTags.of(doc), JsonLd.of(doc), url,
            fetchedAt.map(DateBounds::fetchedAt).orElseGet(() -> DateBounds.unknownFetch(Instant.now())));
    return new DateSignals(PublicationDateFinder.choose(signals), signals);
  }
}
