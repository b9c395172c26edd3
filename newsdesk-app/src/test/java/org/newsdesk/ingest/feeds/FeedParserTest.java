package org.newsdesk.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdom2.input.JDOMParseException;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.fetch.FetchedPage;

/** The parser's contract: safe on hostile input, clear on bad input, right on the usual feeds. */
class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  private FeedParse parse(String xml) {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(),
        Optional.of(URI.create("https://example.com/blog/feed.xml")));
  }

  private static ParsedFeed parsed(FeedParse result) {
    assertThat(result).isInstanceOf(FeedParse.Parsed.class);
    return ((FeedParse.Parsed) result).feed();
  }

  // ---- hostile XML ----

  private static final String BILLION_LAUGHS = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [
        <!ENTITY lol "lol">
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <rss version="2.0"><channel><title>&lol9;</title>
        <item><title>Item &lol9;</title><link>https://example.com/1</link></item>
      </channel></rss>
      """;

  @Test
  void aBillionLaughsFeedIsReadWithItsEntitiesLeftUnexpanded() {
    FeedParse result = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> parse(BILLION_LAUGHS));
    ParsedFeed feed = parsed(result);
    assertThat(feed.title()).contains("&lol9;");
    assertThat(feed.items().get(0).title()).contains("Item &lol9;");
    assertThat(((FeedParse.Parsed) result).problems())
        .anySatisfy(p -> assertThat(p).contains("DOCTYPE at line 2").contains("not expanded"));
  }

  @Test
  void aBillionLaughsFeedThatIsAlsoBrokenIsNeutralisedByTheLenientParserToo() {
    String broken = BILLION_LAUGHS.replace("</channel>", "<unclosed></channel>");
    ParsedFeed feed = parsed(assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> parse(broken)));
    assertThat(feed.title()).contains("&lol9;");
  }

  @Test
  void theStrictXmlLayerItselfRefusesAnyDoctype() {
    // Defence in depth: even if a DOCTYPE got past the blanking, ROME's SAX setup refuses it.
    assertThatThrownBy(() -> XmlFeedReader.strict(
        "<!DOCTYPE r [<!ENTITY a \"b\">]><r>&a;</r>"))
        .isInstanceOf(JDOMParseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void anExternalEntityPointingAtALocalFileIsNeverRead() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>&xxe;</title>
          <item><title>x</title><description>&xxe;</description></item></channel></rss>
        """;
    ParsedFeed feed = parsed(parse(xxe));
    assertThat(feed.title()).contains("&xxe;");
    assertThat(feed.items().get(0).summaryHtml()).hasValueSatisfying(s ->
        assertThat(s).doesNotContain("root:"));
  }

  @Test
  void externalDtdsAndParameterEntitiesAreNeverFetched() throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger hits = new AtomicInteger();
    server.createContext("/", ex -> {
      hits.incrementAndGet();
      byte[] dtd = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, dtd.length);
      ex.getResponseBody().write(dtd);
      ex.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      String external = "<!DOCTYPE rss SYSTEM \"" + base + "/evil.dtd\">"
          + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
      String parameter = "<!DOCTYPE rss [ <!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p; ]>"
          + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
      assertThat(parsed(parse(external)).title()).contains("&leak;");
      assertThat(parsed(parse(parameter)).title()).contains("&leak;");
      assertThat(hits).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void deeplyNestedElementsAreRefusedQuicklyBeforeAnyParserSeesThem() {
    // 200,000 nested elements (1.4 MB) kept Xerces and JDOM busy for 40 s before this check.
    String deep = "<rss version=\"2.0\"><channel><title>t</title>" + "<x>".repeat(200_000)
        + "</x>".repeat(200_000) + "</channel></rss>";
    FeedParse result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(deep));
    assertThat(result).isEqualTo(new FeedParse.Failed(
        "elements are nested more than 512 deep (at line 1, column 1575); refusing the document"));
  }

  // ---- size ----

  @Test
  void aFiftyMegabyteFeedIsRefusedByTheSizeCapWithAClearMessage() {
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    byte[] head = "<rss version=\"2.0\"><channel><title>big</title>".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, huge, 0, head.length);
    FeedParse result = parser.parse(huge, Optional.empty(), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(FeedParse.Failed.class, f ->
        assertThat(f.message()).isEqualTo(
            "the feed is too large: 52428800 bytes; the cap is 10 MB"));
  }

  @Test
  void anEndlessStreamIsCutOffJustPastTheCap() {
    FeedParser small = new FeedParser(new FeedParser.Options(1024 * 1024));
    AtomicInteger served = new AtomicInteger();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        served.addAndGet(len);
        return len;
      }
    };
    FeedParse result = small.parse(endless, Optional.empty(), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(FeedParse.Failed.class, f ->
        assertThat(f.message()).isEqualTo("the feed is too large: more than 1 MB; the cap is 1 MB"));
    assertThat(served.get()).isLessThan(1024 * 1024 + 128 * 1024);
  }

  // ---- bad input, named ----

  @Test
  void aWebPageIsNotAFeedAndTheMessageSaysSo() {
    FeedParse result = parse("<!DOCTYPE html><html><head><title>Hi</title></head>"
        + "<body><p>Hello<br></body></html>");
    assertThat(result).isInstanceOfSatisfying(FeedParse.Failed.class, f ->
        assertThat(f.message()).startsWith("not a feed: the root element is <html> (a web page)"));
  }

  @Test
  void emptyAndBinaryInputFailWithAMessage() {
    assertThat(parse("  \n")).isEqualTo(new FeedParse.Failed("the document is empty"));
    FeedParse binary = parser.parse(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0},
        Optional.empty(), Optional.empty());
    assertThat(binary).isInstanceOf(FeedParse.Failed.class);
  }

  @Test
  void aBrokenFeedIsRecoveredAndTheProblemNamesLineAndColumn() {
    FeedParse result = parse("""
        <rss version="2.0"><channel><title>Broken</title>
        <item><title>One</title><link>https://example.com/1</link></item>
        <item><title>Two <b>bold</title><link>https://example.com/2</link></item>
        </channel></rss>
        """);
    assertThat(result).isInstanceOfSatisfying(FeedParse.Parsed.class, p -> {
      assertThat(p.feed().items()).extracting(i -> i.link().orElse(null))
          .containsExactly("https://example.com/1", "https://example.com/2");
      assertThat(p.problems()).singleElement().satisfies(m ->
          assertThat(m).startsWith("not well-formed XML at line 3, column ")
              .endsWith("; read with a lenient parser"));
    });
  }

  @Test
  void bareAmpersandsAndHtmlEntitiesAreNotEvenAProblem() {
    FeedParse result = parse("<rss version=\"2.0\"><channel><title>Q&A&nbsp;&eacute;t&eacute;"
        + "</title><link>https://example.com/?a=1&b=2</link></channel></rss>");
    assertThat(result).isInstanceOfSatisfying(FeedParse.Parsed.class, p -> {
      assertThat(p.feed().title()).contains("Q&A\u00a0été");
      assertThat(p.feed().siteLink()).contains("https://example.com/?a=1&b=2");
      assertThat(p.problems()).isEmpty();
    });
  }

  @Test
  void invalidJsonNamesLineAndColumn() {
    FeedParse result = parser.parse("{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"items\": [}"
        .getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(FeedParse.Failed.class, f ->
        assertThat(f.message()).startsWith("not valid JSON at line 2, column "));
  }

  // ---- encodings ----

  @Test
  void theHttpCharsetWinsOverTheXmlDeclarationButNotOverAByteOrderMark() {
    byte[] latin1 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>café</title></channel></rss>"
        .getBytes(StandardCharsets.ISO_8859_1);
    FeedParse byHeader = parser.parse(latin1, Optional.of("application/rss+xml; charset=ISO-8859-1"),
        Optional.empty());
    assertThat(parsed(byHeader).title()).contains("café");
    assertThat(((FeedParse.Parsed) byHeader).charset()).isEqualTo(StandardCharsets.ISO_8859_1);

    byte[] utf16 = "\uFEFF<rss version=\"2.0\"><channel><title>naïve</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_16BE);
    FeedParse byBom = parser.parse(utf16, Optional.of("text/xml; charset=iso-8859-1"),
        Optional.empty());
    assertThat(parsed(byBom).title()).contains("naïve");
  }

  @Test
  void aFeedThatDeclaresNoEncodingAndIsNotUtf8IsDetected() {
    byte[] sjis = "<rss version=\"2.0\"><channel><title>日本語のフィード、東京の天気とニュースをお届けします</title></channel></rss>"
        .getBytes(Charset.forName("Shift_JIS"));
    FeedParse result = parser.parse(sjis, Optional.empty(), Optional.empty());
    assertThat(parsed(result).title()).contains("日本語のフィード、東京の天気とニュースをお届けします");
    assertThat(((FeedParse.Parsed) result).problems()).singleElement().satisfies(p ->
        assertThat(p).contains("no encoding is declared").contains("Shift_JIS"));
  }

  @Test
  void windows1252QuotesInALatin1FeedBecomeQuotes() {
    byte[] bytes = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>don\u2019t</title></channel></rss>"
        .getBytes(Charset.forName("windows-1252"));
    assertThat(parsed(parser.parse(bytes, Optional.empty(), Optional.empty())).title())
        .contains("don\u2019t");
  }

  // ---- what the records hold ----

  @Test
  void linksResolveAgainstXmlBaseAndTheFeedUrl() {
    ParsedFeed feed = parsed(parse("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/blog/">
          <title>T</title><link href="/"/>
          <entry xml:base="posts/"><id>tag:1</id><title>One</title>
            <link href="one.html"/><content type="html">&lt;a href="two.html"&gt;x&lt;/a&gt;</content>
          </entry>
          <entry><id>tag:2</id><title>Two</title><link href="../other/two.html"/></entry>
        </feed>
        """));
    assertThat(feed.siteLink()).contains("https://example.com/");
    FeedItem one = feed.items().get(0);
    assertThat(one.link()).contains("https://example.com/blog/posts/one.html");
    assertThat(one.baseUri()).contains("https://example.com/blog/posts/");
    assertThat(feed.items().get(1).link()).contains("https://example.com/other/two.html");
  }

  @Test
  void rssItemsGiveTitleDatesAuthorsCategoriesAndEnclosures() {
    ParsedFeed feed = parsed(parse("""
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Blog</title><link>https://example.com/</link>
        <item>
          <title>Hello &amp; welcome</title>
          <link>/posts/1</link>
          <guid isPermaLink="false">post-1</guid>
          <description>Short &lt;b&gt;summary&lt;/b&gt;</description>
          <content:encoded><![CDATA[<p>Full &nbsp; text</p>]]></content:encoded>
          <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
          <author>jo@example.com (Jo Bloggs)</author>
          <dc:creator>Sam Smith</dc:creator>
          <category>News</category><dc:subject>World</dc:subject>
          <enclosure url="/audio/1.mp3" length="1234" type="audio/mpeg"/>
        </item></channel></rss>
        """));
    FeedItem item = feed.items().get(0);
    assertThat(item.title()).contains("Hello & welcome");
    assertThat(item.link()).contains("https://example.com/posts/1");
    assertThat(item.id()).contains("post-1");
    assertThat(item.summaryHtml()).contains("Short <b>summary</b>");
    assertThat(item.contentHtml()).contains("<p>Full &nbsp; text</p>");
    assertThat(item.published()).contains(Instant.parse("2003-06-10T04:00:00Z"));
    assertThat(item.authors()).containsExactly("Jo Bloggs", "Sam Smith");
    assertThat(item.categories()).containsExactly("News", "World");
    assertThat(item.enclosures()).containsExactly(new FeedItem.Enclosure(
        "https://example.com/audio/1.mp3", Optional.of("audio/mpeg"), Optional.of(1234L)));
  }

  @Test
  void htmlTitlesBecomeTheirTextAndTextContentIsEscaped() {
    ParsedFeed feed = parsed(parse("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &lt;em&gt;fine&lt;/em&gt; feed</title>
          <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>Y</b></div></title>
            <content type="text">1 &lt; 2</content></entry></feed>
        """));
    assertThat(feed.title()).contains("A fine feed");
    assertThat(feed.items().get(0).title()).contains("X Y");
    assertThat(feed.items().get(0).contentHtml()).contains("1 &lt; 2");
  }

  @Test
  void datesRomeCannotReadAreReadLeniently() {
    ParsedFeed feed = parsed(parse("""
        <rss version="2.0"><channel>
          <item><title>a</title><pubDate>2024-03-05 14:30:00 +0100</pubDate></item>
          <item><title>b</title><pubDate>5 March 2024 14:30 EST</pubDate></item>
          <item><title>c</title><pubDate>sometime soon</pubDate></item>
        </channel></rss>
        """));
    assertThat(feed.items()).extracting(i -> i.published().orElse(null)).containsExactly(
        Instant.parse("2024-03-05T13:30:00Z"), Instant.parse("2024-03-05T19:30:00Z"), null);
  }

  @Test
  void jsonFeed11IsRead() {
    String json = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "My Feed",
         "home_page_url": "https://example.org/", "feed_url": "https://example.org/feed.json",
         "items": [
           {"id": "2", "url": "https://example.org/second", "title": "Second",
            "content_text": "a < b", "date_published": "2020-01-02T03:04:05-01:00",
            "authors": [{"name": "Ann"}], "tags": ["x", "y"],
            "attachments": [{"url": "https://example.org/a.mp3", "mime_type": "audio/mpeg",
                             "size_in_bytes": 100}]},
           {"id": 1, "content_html": "<p>Hi</p>", "url": "/first", "author": {"name": "Bob"}},
           "not an item"
         ]}
        """;
    FeedParse result = parser.parse(json.getBytes(StandardCharsets.UTF_8),
        Optional.of("application/feed+json"), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(FeedParse.Parsed.class, p -> {
      ParsedFeed feed = p.feed();
      assertThat(feed.format()).isEqualTo("json_1.1");
      assertThat(feed.title()).contains("My Feed");
      assertThat(feed.siteLink()).contains("https://example.org/");
      assertThat(feed.items()).hasSize(2);
      FeedItem second = feed.items().get(0);
      assertThat(second.contentHtml()).contains("a &lt; b");
      assertThat(second.published()).contains(Instant.parse("2020-01-02T04:04:05Z"));
      assertThat(second.authors()).containsExactly("Ann");
      assertThat(second.categories()).containsExactly("x", "y");
      assertThat(second.enclosures()).singleElement().satisfies(e ->
          assertThat(e.length()).contains(100L));
      FeedItem first = feed.items().get(1);
      assertThat(first.id()).contains("1");
      assertThat(first.link()).contains("https://example.org/first");
      assertThat(first.authors()).containsExactly("Bob");
      assertThat(p.problems()).containsExactly("items[2] is not an object; skipped");
    });
  }

  @Test
  void aFetchedPageIsReadWithItsUrlAndCharset() {
    byte[] body = "<rss version=\"2.0\"><channel><title>Caf\u00e9</title><link>/</link></channel></rss>"
        .getBytes(StandardCharsets.ISO_8859_1);
    FetchedPage page = new FetchedPage(URI.create("https://a.example/feed"),
        URI.create("https://b.example/rss.xml"), 200, Optional.of("application/rss+xml"),
        Optional.of(StandardCharsets.ISO_8859_1), body);
    ParsedFeed feed = parsed(parser.parse(page));
    assertThat(feed.title()).contains("Café");
    assertThat(feed.siteLink()).contains("https://b.example/");
  }
}
