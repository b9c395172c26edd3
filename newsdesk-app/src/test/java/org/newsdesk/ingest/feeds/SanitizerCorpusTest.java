package org.newsdesk.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.sanitize.Dangers;
import org.newsdesk.ingest.sanitize.HtmlSanitizer;

/**
 * The 745 hostile-HTML cases of the feedparser corpus ({@code wellformed/sanitize/}): scripts,
 * event handlers, javascript:/vbscript:/data: URLs, styles, forms, embeds, SVG and MathML, in
 * every place a feed can carry HTML. Two checks:
 *
 * <ul>
 *   <li>through the reader: every HTML field our records expose, sanitised with the item's base,
 *       holds nothing dangerous ({@link Dangers}); and where the case states feedparser's clean
 *       output for one of those fields, how often ours equals it (printed, with a floor);
 *   <li>straight to the sanitiser: the HTML of every element of every case file, including those
 *       in fields our records leave out (copyright, info), comes out with nothing dangerous.
 * </ul>
 */
class SanitizerCorpusTest {

  /**
   * Cases whose stated clean output (for a field we expose) ours equals: 244/680. Most of the
   * rest differ by design: feedparser keeps inline styles, audio/video, form elements and many
   * attributes our allow-list drops, and keeps HTML in titles, which are plain text here.
   */
  private static final double EQUAL_FLOOR = 0.358;

  private static final FeedParser PARSER = new FeedParser();
  private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

  @Test
  void nothingDangerousSurvivesAndTheShareEqualToTheExpectedCleanOutputOnlyGoesUp() {
    List<FeedparserCorpus.Case> cases = FeedparserCorpus.cases().stream()
        .filter(FeedparserCorpus.Case::isSanitizerCase).toList();
    assertThat(cases).hasSize(745);
    List<String> dangerous = new ArrayList<>();
    int exposed = 0;
    int judged = 0;
    int equal = 0;
    int sanitized = 0;
    for (FeedparserCorpus.Case c : cases) {
      FeedParse result = PARSER.parse(c.bytes(), c.contentType(), Optional.of(c.url()));
      assertThat(result).as(c.relative()).isInstanceOf(FeedParse.Parsed.class);
      ParsedFeed feed = ((FeedParse.Parsed) result).feed();
      List<String> outputs = new ArrayList<>();
      feed.description().ifPresent(d -> outputs.add(SANITIZER.clean(d, Optional.of(c.url().toString()))));
      for (FeedItem item : feed.items()) {
        item.summaryHtml().ifPresent(h -> outputs.add(SANITIZER.clean(h, item.baseUri())));
        item.contentHtml().ifPresent(h -> outputs.add(SANITIZER.clean(h, item.baseUri())));
      }
      if (!outputs.isEmpty()) {
        exposed++;
      }
      for (String out : outputs) {
        Dangers.in(out).forEach(d -> dangerous.add(c.relative() + " (via the reader): " + d));
      }
      for (String html : everyElementsHtml(c)) {
        sanitized++;
        String out = SANITIZER.clean(html, Optional.of(c.url().toString()));
        Dangers.in(out).forEach(d -> dangerous.add(c.relative() + " (direct): " + d));
      }
      FeedparserCorpusTest.Verdict v = FeedparserCorpusTest.judge(c, result);
      if (v.judged()) {
        judged++;
        if (v.correct()) {
          equal++;
        } else if (Boolean.getBoolean("feeds.misses")) {
          System.out.println("DIFFERS " + c.relative() + ": " + c.expect().orElse("") + "  ⇒ "
              + FeedparserCorpusTest.describe(result));
        }
      }
    }
    double equalShare = (double) equal / judged;
    System.out.printf("sanitize: %d cases, %d with HTML in a field our records expose;"
            + " %d HTML fragments sanitised in all; dangerous outputs=%d;"
            + " equal to feedparser's clean output=%.4f (%d/%d)%n",
        cases.size(), exposed, sanitized, dangerous.size(), equalShare, equal, judged);
    assertThat(dangerous).isEmpty();
    assertThat(equalShare).isGreaterThanOrEqualTo(EQUAL_FLOOR);
  }

  /** The HTML each element of the case file carries: its text (escaped HTML) and its markup. */
  private static List<String> everyElementsHtml(FeedparserCorpus.Case c) {
    String xml = new String(c.bytes(), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (Element e : Jsoup.parse(xml, "", Parser.xmlParser()).getAllElements()) {
      if (e.childrenSize() == 0 && !e.text().isBlank()) {
        out.add(e.wholeText());
      } else if (e.childrenSize() > 0 && e.parent() != null) {
        out.add(e.html());
      }
    }
    return out;
  }
}
