package org.newsdesk.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Feeds captured from real publishers ({@code ../shared/data/feedjira-sample-feeds/}): TechCrunch,
 * FeedBurner, iTunes podcasts, YouTube, Google Alerts, JSON Feed blogs, with their quirks
 * (unbound prefixes, unclosed elements, a feed inside an XHTML page, dates ROME misreads). Six
 * files of the folder are not feeds but the first entry's HTML, kept by feedjira to compare
 * content with; those must be refused as "not a feed". The facts locked in below were checked by
 * hand against the files.
 */
class FeedjiraCorpusTest {

  static final Path ROOT = Path.of("../shared/data/feedjira-sample-feeds/spec/sample_feeds");

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String name) throws IOException {
    FeedParse result = parser.parse(Files.readAllBytes(ROOT.resolve(name)), Optional.empty(),
        Optional.empty());
    assertThat(result).as(name).isInstanceOf(FeedParse.Parsed.class);
    return ((FeedParse.Parsed) result).feed();
  }

  @Test
  void everyRealFeedIsReadAndEachItemHasATitleOrALink() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(ROOT)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(43);
    int feeds = 0;
    int items = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      FeedParse result = parser.parse(Files.readAllBytes(file), Optional.empty(), Optional.empty());
      if (name.contains("FirstEntry")) {
        assertThat(result).as(name).isInstanceOfSatisfying(FeedParse.Failed.class,
            f -> assertThat(f.message()).startsWith("not a feed: the root element is <"));
        continue;
      }
      assertThat(result).as(name).isInstanceOf(FeedParse.Parsed.class);
      ParsedFeed feed = ((FeedParse.Parsed) result).feed();
      assertThat(feed.items()).as(name).isNotEmpty();
      for (FeedItem item : feed.items()) {
        assertThat(item.title().isPresent() || item.link().isPresent())
            .as(name + ": " + item).isTrue();
      }
      feeds++;
      items += feed.items().size();
    }
    System.out.printf("feedjira-sample-feeds: %d feeds read, %d items, each with a title or"
        + " link; %d first-entry fragments refused%n", feeds, items, files.size() - feeds);
    assertThat(feeds).isEqualTo(37);
  }

  @Test
  void anAtomFeedsSiteLinkIsItsAlternateLinkNotItsSelfLink() throws IOException {
    ParsedFeed aws = parse("AmazonWebServicesBlog.xml");
    assertThat(aws.siteLink()).contains("http://aws.typepad.com/aws/");
    assertThat(aws.title()).contains("Amazon Web Services Blog");
    FeedItem first = aws.items().get(0);
    assertThat(first.title()).contains("AWS Job: Architect & Designer Position in Turkey");
    assertThat(first.categories()).containsExactly("Turkey", "Seattle");
    // Atom type="xhtml": the wrapping div is not part of the content.
    assertThat(first.contentHtml()).hasValueSatisfying(h -> assertThat(h).startsWith("<p>"));
  }

  @Test
  void relativeEntryLinksResolveAgainstTheFeedsSelfLinkWhenTheCallerGaveNoUrl()
      throws IOException {
    FeedItem plex = parse("SamRuby.xml").items().get(0);
    assertThat(plex.link()).contains("http://intertwingly.net/blog/2013/01/30/Plex");
    assertThat(plex.published().or(plex::updated))
        .contains(Instant.parse("2013-01-30T18:12:03Z"));
  }

  @Test
  void itemsSwallowedByAnUnclosedElementAreStillRead() throws IOException {
    // <itunes:category text='Technology'> is never closed, so every <item> nests inside it.
    ParsedFeed feed = parse("ITunesWithSingleQuotedAttributes.xml");
    assertThat(feed.items()).hasSize(3);
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).contains("Shake Shake Shake Your Spices");
    assertThat(first.enclosures()).singleElement().satisfies(e -> {
      assertThat(e.url())
          .isEqualTo("http://example.com/podcasts/everything/AllAboutEverythingEpisode3.m4a");
      assertThat(e.mediaType()).contains("audio/x-m4a");
      assertThat(e.length()).contains(8_727_310L);
    });
  }

  @Test
  void aFeedQuotedInsideAnXhtmlPageIsFound() throws IOException {
    FeedParse result = parser.parse(Files.readAllBytes(ROOT.resolve(
        "DuplicateContentAtomFeed.xml")), Optional.empty(), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(FeedParse.Parsed.class, p -> {
      assertThat(p.feed().items()).hasSize(10);
      assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("inside a <html>"));
    });
  }

  @Test
  void aGarbageDateIsDroppedRatherThanReadAsAnAbsurdYear() throws IOException {
    for (FeedItem item : parse("InvalidDateFormat.xml").items()) {
      item.date().ifPresent(d -> assertThat(d).isBetween(Instant.parse("1990-01-01T00:00:00Z"),
          Instant.parse("2100-01-01T00:00:00Z")));
    }
  }

  @Test
  void aGuidIsTheLinkOnlyWhenItIsAPermalink() throws IOException {
    List<FeedItem> items = parse("Permalinks.xml").items();
    assertThat(items).extracting(i -> i.link().orElse(null)).containsExactly(
        null, "http://example.com/2", "http://example.com/3", "http://example.com/4");
    assertThat(items).extracting(i -> i.id().orElse(null)).containsExactly(
        "http://example.com/1", "http://example.com/2", "http://example.com/3",
        "http://example.com/5");
  }

  @Test
  void rssItemsLinkedOnlyByAnAtomLinkGetThatLink() throws IOException {
    ParsedFeed feed = parse("a10.xml");
    assertThat(feed.siteLink()).contains("http://www.example.com/");
    assertThat(feed.items().get(0).link()).contains("http://www.example.com/5");
  }

  @Test
  void jsonFeedsAreRead() throws IOException {
    ParsedFeed feed = parse("json_feed.json");
    assertThat(feed.format()).isEqualTo("json_1");
    assertThat(feed.title()).contains("inessential.com");
    assertThat(feed.items()).hasSize(20);
    assertThat(feed.items().get(0).contentHtml()).isPresent();
  }
}
