package org.newsdesk.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpmlTest {

  private final OpmlReader reader = new OpmlReader();
  private final OpmlWriter writer =
      new OpmlWriter(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC));

  private static FeedSubscription sub(String title, String xml, String html, String... path) {
    return new FeedSubscription(Optional.ofNullable(title), xml, Optional.ofNullable(html),
        List.of(path));
  }

  private OpmlImport.Imported read(String opml) {
    OpmlImport result = reader.read(opml.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(OpmlImport.Imported.class);
    return (OpmlImport.Imported) result;
  }

  @Test
  void exportedSubscriptionsReadBackTheSameWithNestedFoldersAndAwkwardCharacters() {
    List<FeedSubscription> subs = List.of(
        sub("Top level", "https://top.example/feed", null),
        sub("Q&A <weekly> \"quoted\"", "https://a.example/feed?x=1&y=2", "https://a.example/",
            "News", "World"),
        sub(null, "https://b.example/rss", null, "News"),
        sub("Café ☕ 日本", "http://c.example/atom.xml", "http://c.example/", "Tech & Science"),
        sub("Deep", "https://d.example/f", null, "News", "World", "Europe"));
    String opml = writer.writeString("My feeds & more", subs);

    assertThat(opml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<opml version=\"2.0\">")
        .contains("<dateCreated>Mon, 6 May 2024 07:08:09 GMT</dateCreated>")
        .contains("xmlUrl=\"https://a.example/feed?x=1&amp;y=2\"")
        .contains("text=\"Q&amp;A &lt;weekly&gt; &quot;quoted&quot;\"");

    OpmlImport.Imported back = read(opml);
    assertThat(back.problems()).isEmpty();
    assertThat(back.title()).contains("My feeds & more");
    // A feed without a title is written with its URL as the text OPML requires.
    List<FeedSubscription> expected = List.of(subs.get(0), subs.get(1), subs.get(4),
        sub("https://b.example/rss", "https://b.example/rss", null, "News"), subs.get(3));
    assertThat(back.subscriptions()).containsExactlyInAnyOrderElementsOf(expected);
    // Folders are written in the order first met, feeds before sub-folders.
    assertThat(back.subscriptions()).extracting(FeedSubscription::xmlUrl).containsExactly(
        "https://top.example/feed", "https://b.example/rss", "https://a.example/feed?x=1&y=2",
        "https://d.example/f", "http://c.example/atom.xml");
    assertThat(writer.writeString("My feeds & more", back.subscriptions()))
        .isEqualTo(writer.writeString("My feeds & more", expected));
  }

  @Test
  void anOpml1ExportWithLowerCaseAttributesAndCategoryAttributesIsRead() {
    OpmlImport.Imported imported = read("""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <opml version="1.0"><head><title>Old reader</title></head><body>
          <outline title="Blogs">
            <outline text="One" type="rss" xmlurl="http://one.example/rss" htmlurl="http://one.example/"/>
          </outline>
          <outline text="Two" type="rss" xmlUrl="feed://two.example/atom" category="/Tech/Java,/Other"/>
          <outline text="A link" type="link" url="http://three.example/"/>
        </body></opml>
        """);
    assertThat(imported.subscriptions()).containsExactly(
        sub("One", "http://one.example/rss", "http://one.example/", "Blogs"),
        sub("Two", "http://two.example/atom", null, "Tech", "Java"));
    assertThat(imported.subscriptions().get(1).category()).contains("Java");
  }

  @Test
  void unusableOutlinesAreSkippedAndEachIsRecorded() {
    OpmlImport.Imported imported = read("""
        <opml version="2.0"><body>
          <outline text="ok" xmlUrl="https://ok.example/feed"/>
          <outline text="again" xmlUrl="https://ok.example/feed"/>
          <outline text="evil" xmlUrl="javascript:alert(1)"/>
          <outline text="local" xmlUrl="file:///etc/passwd"/>
          <outline text="empty" type="rss"/>
        </body></opml>
        """);
    assertThat(imported.subscriptions()).extracting(FeedSubscription::xmlUrl)
        .containsExactly("https://ok.example/feed");
    assertThat(imported.problems()).containsExactly(
        "feed https://ok.example/feed is listed more than once; kept the first",
        "outline \"evil\" has an xmlUrl that is not an http(s) URL: \"javascript:alert(1)\"; skipped",
        "outline \"local\" has an xmlUrl that is not an http(s) URL: \"file:///etc/passwd\"; skipped",
        "outline \"empty\" is a feed without an xmlUrl; skipped");
  }

  @Test
  void aBrokenExportIsReadLenientlyAndTheProblemSaysWhere() {
    OpmlImport.Imported imported = read("""
        <opml version="2.0"><body>
          <outline text="A" xmlUrl="https://a.example/?x=1&y=2">
          <outline text="B" xmlUrl="https://b.example/feed"/>
        </body></opml>
        """);
    assertThat(imported.subscriptions()).extracting(FeedSubscription::xmlUrl)
        .containsExactly("https://a.example/?x=1&y=2", "https://b.example/feed");
    assertThat(imported.problems()).singleElement().satisfies(p ->
        assertThat(p).startsWith("not well-formed XML at line 4, column "));
  }

  @Test
  void entityBombsInOpmlAreInert() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <opml version="2.0"><head><title>&f;&xxe;</title></head><body>
          <outline text="&f;" xmlUrl="https://x.example/feed"/></body></opml>
        """;
    OpmlImport.Imported imported = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> read(bomb));
    assertThat(imported.title()).contains("&f;&xxe;");
    assertThat(imported.subscriptions()).singleElement().satisfies(s ->
        assertThat(s.title()).contains("&f;"));
  }

  @Test
  void aFeedOrANonXmlFileIsNotOpml() {
    assertThat(reader.read("<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new OpmlImport.Failed(
            "not OPML: the root element is <rss> (a feed, not a list of feeds)"));
    assertThat(reader.read("just text".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(OpmlImport.Failed.class, f ->
            assertThat(f.message()).startsWith("not OPML: the document holds no XML element"));
  }
}
