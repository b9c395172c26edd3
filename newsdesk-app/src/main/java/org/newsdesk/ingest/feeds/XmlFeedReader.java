package org.newsdesk.ingest.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS and Atom: bytes → text ({@link XmlDecoding}) → an XML tree → ROME's model → our
 * records.
 *
 * <p>The tree is built strictly first, by ROME's own secure SAX setup (no DOCTYPE, no external
 * entities) after {@link XmlHealer} has turned HTML entities such as {@code &nbsp;} into
 * character references and escaped bare ampersands. A document that is still not well-formed is
 * recorded as a problem with its line and column and read again by jsoup's XML parser, which
 * recovers a tree from anything (unclosed tags, stray {@code <}, broken CDATA) and never expands
 * entities; ROME then reads that tree like any other.
 *
 * <p>ROME's {@code xml:base} support is a global switch with non-standard resolution, so links
 * are resolved here instead: against the {@code xml:base} in effect on the element (RFC 3986
 * resolution, walking up to the document's URL).
 */
final class XmlFeedReader {

  private static final Pattern HTML_TAG = Pattern.compile(
      "</?(?:a|abbr|b|big|br|cite|code|div|em|font|i|img|p|q|s|small|span|strike|strong|sub|sup"
          + "|u)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private XmlFeedReader() {}

  static FeedParse read(byte[] bytes, Optional<String> contentType, Optional<URI> source,
      Problems problems) {
    XmlDecoding.Decoded decoded = XmlDecoding.decode(bytes, contentType, problems);
    String text = decoded.text();
    if (text.isBlank()) {
      return new FeedParse.Failed("the document is empty");
    }
    int tooDeep = XmlHealer.depthExceededAt(text, MAX_DEPTH);
    if (tooDeep >= 0) {
      return new FeedParse.Failed(tooDeepMessage(text, tooDeep));
    }
    Document doc;
    String strictError = null;
    try {
      doc = strict(text);
    } catch (JDOMParseException | RuntimeException e) {
      // JDOM throws unchecked exceptions for names and namespace URIs it finds illegal.
      strictError = e instanceof JDOMParseException p
          ? "not well-formed XML" + (p.getLineNumber() > 0 ? " at line " + p.getLineNumber()
              + ", column " + p.getColumnNumber() : "") + ": " + saxMessage(p)
          : "not well-formed XML: " + e.getMessage();
      doc = lenient(text);
      if (doc == null || !doc.hasRootElement()) {
        return new FeedParse.Failed("not a feed: the document holds no XML element ("
            + strictError + ")");
      }
      problems.add(strictError + "; read with a lenient parser");
    } catch (JDOMException | IOException e) {
      return new FeedParse.Failed("cannot read the XML: " + e.getMessage());
    }

    doc = embeddedFeed(doc, problems);
    FeedShape.normalise(doc);
    WireFeed wire;
    try {
      wire = new SecureInput().build(doc);
    } catch (IllegalArgumentException e) {
      return new FeedParse.Failed(notAFeed(doc.getRootElement(), strictError));
    } catch (FeedException e) {
      return new FeedParse.Failed("ROME cannot read the feed: " + e.getMessage());
    }
    SyndFeed feed = new SyndFeedImpl(wire, true);
    ParsedFeed parsed = map(feed, wire, doc, source.map(URI::toString));
    return new FeedParse.Parsed(parsed, decoded.charset(), problems.list());
  }

  /** Deeper nesting than this is refused (see {@link XmlHealer#depthExceededAt}). */
  static final int MAX_DEPTH = 512;

  static String tooDeepMessage(String text, int at) {
    return "elements are nested more than " + MAX_DEPTH + " deep (at "
        + XmlDecoding.position(text, at) + "); refusing the document";
  }

  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");

  /** A feed inside another document (an XHTML page that quotes one): the feed, recorded. */
  private static Document embeddedFeed(Document doc, Problems problems) {
    Element root = doc.getRootElement();
    if (FEED_ROOTS.contains(root.getName())) {
      return doc;
    }
    for (Element e : root.getDescendants(org.jdom2.filter.Filters.element())) {
      if (FEED_ROOTS.contains(e.getName())) {
        problems.add("the feed is inside a <" + root.getName() + "> document; read the <"
            + e.getName() + "> in it");
        return new Document(e.detach());
      }
    }
    return doc;
  }

  private static String notAFeed(Element root, String strictError) {
    String name = root.getName();
    String what = "not a feed: the root element is <" + name + ">"
        + (name.equalsIgnoreCase("html") ? " (a web page)" : "")
        + "; RSS, RDF, Atom or JSON Feed was expected";
    return strictError == null ? what : what + " (and " + strictError + ")";
  }

  /** The SAX message without the position JDOM already put in front of it. */
  private static String saxMessage(JDOMParseException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String m = cause.getMessage();
    return m == null ? cause.toString() : m.strip();
  }

  /** A well-formed document (after healing), read with ROME's secure SAX setup. */
  static Document strict(String text) throws JDOMException, IOException {
    SAXBuilder builder = new SecureInput().saxBuilder();
    return builder.build(new StringReader(XmlHealer.heal(text)));
  }

  private static Document lenient(String text) {
    try {
      return LenientXml.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** ROME's input, opened up for its secure SAXBuilder (DOCTYPE refused, no external entities). */
  private static final class SecureInput extends WireFeedInput {
    SecureInput() {
      setAllowDoctypes(false);
    }

    SAXBuilder saxBuilder() {
      return createSAXBuilder();
    }
  }

  // ---- ROME's model → our records ----

  private static ParsedFeed map(SyndFeed feed, WireFeed wire, Document doc, Optional<String> url) {
    Element root = doc.getRootElement();
    Element channel = channelOf(root);
    url = url.or(() -> selfLink(channel));
    String feedBase = XmlBase.of(channel, url.orElse(null));
    List<Element> itemElements = itemElements(root, channel);
    List<SyndEntry> entries = feed.getEntries();
    boolean atom10 = "atom_1.0".equals(wire.getFeedType());
    boolean aligned = itemElements.size() == entries.size();

    List<FeedItem> items = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Element element = aligned ? itemElements.get(i) : null;
      items.add(item(entries.get(i), element, element == null ? feedBase
          : XmlBase.of(element, url.orElse(null)), atom10));
    }
    Optional<DCModule> dc = dc(feed.getModule(DCModule.URI));
    return new ParsedFeed(
        wire.getFeedType(),
        title(feed.getTitleEx(), channel).or(() -> nonBlank(feed.getTitle()))
            .or(() -> dc.flatMap(d -> nonBlank(d.getTitle())).map(XmlFeedReader::oneLine)),
        siteLink(feed, wire).or(() -> atomAlternate(channel))
            .map(link -> resolveLink(channel, link, feedBase)),
        html(feed.getDescriptionEx(), atom10).or(() -> nonBlank(feed.getDescription()))
            .or(() -> childText(channel, "summary", ITUNES).map(Entities::escape))
            .or(() -> childText(channel, "subtitle", ITUNES).map(Entities::escape)),
        nonBlank(feed.getLanguage()).or(() -> dc.flatMap(d -> nonBlank(d.getLanguage())))
            .or(() -> childText(channel, "language", DC_ELEMENTS))
            .or(() -> xmlLang(channel)),
        instant(feed.getPublishedDate()).or(() -> dc.flatMap(d -> instant(d.getDate())))
            .or(() -> rawDate(channel, "lastBuildDate", "updated", "modified")),
        items);
  }

  private static FeedItem item(SyndEntry entry, Element element, String base, boolean atom10) {
    Optional<DCModule> dc = dc(entry.getModule(DCModule.URI));
    Optional<String> link = nonBlank(entry.getLink()).or(() -> atomAlternate(element))
        .map(l -> resolveLink(element, l, base));
    Optional<String> summary = html(entry.getDescription(), atom10)
        .or(() -> dc.flatMap(d -> nonBlank(d.getDescription())))
        .or(() -> childText(element, "summary", ITUNES).map(Entities::escape));
    Optional<String> content = Optional.empty();
    for (SyndContent c : entry.getContents()) {
      content = html(c, atom10);
      if (content.isPresent()) {
        break;
      }
    }
    String contentBase = contentBase(element, base);
    return new FeedItem(
        id(entry),
        link,
        title(entry.getTitleEx(), element)
            .or(() -> nonBlank(entry.getTitle()).map(XmlFeedReader::oneLine))
            .or(() -> dc.flatMap(d -> nonBlank(d.getTitle())).map(XmlFeedReader::oneLine)),
        summary,
        content,
        Optional.ofNullable(contentBase),
        instant(entry.getPublishedDate())
            .or(() -> rawDate(element, "pubDate", "published", "issued", "date", "created")),
        instant(entry.getUpdatedDate()).or(() -> rawDate(element, "updated", "modified")),
        authors(entry, dc, element),
        categories(entry, dc, element),
        enclosures(entry, base));
  }

  private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  private static final String DC_ELEMENTS = "http://purl.org/dc/elements/1.1/";

  /**
   * The site's link. For Atom it is the alternate link: ROME 2.1 gives the feed's self link
   * first, which is the feed, not the site.
   */
  private static Optional<String> siteLink(SyndFeed feed, WireFeed wire) {
    if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
      return atom.getAlternateLinks().stream().map(com.rometools.rome.feed.atom.Link::getHref)
          .map(XmlFeedReader::nonBlank).flatMap(Optional::stream).findFirst();
    }
    return nonBlank(feed.getLink());
  }

  /**
   * The feed's own URL as it states it ({@code <atom:link rel="self">}), which relative links
   * resolve against when the caller did not say where the document came from.
   */
  private static Optional<String> selfLink(Element channel) {
    for (Element child : channel.getChildren("link", FeedShape.ATOM_10)) {
      String href = child.getAttributeValue("href", "").strip();
      if ("self".equals(child.getAttributeValue("rel")) && Urls.isAbsolute(href)
          && href.regionMatches(true, 0, "http", 0, 4)) {
        return Optional.of(href);
      }
    }
    return Optional.empty();
  }

  /** An RSS channel's {@code <atom:link rel="alternate">}, for a channel without {@code <link>}. */
  private static Optional<String> atomAlternate(Element channel) {
    if (channel == null) {
      return Optional.empty();
    }
    for (Element child : channel.getChildren("link", FeedShape.ATOM_10)) {
      if (child.getAttributeValue("rel", "alternate").equals("alternate")) {
        return nonBlank(child.getAttributeValue("href"));
      }
    }
    return Optional.empty();
  }

  private static Optional<DCModule> dc(Object module) {
    return module instanceof DCModule d ? Optional.of(d) : Optional.empty();
  }

  /** The text of the first child with this name in this namespace (its URI in any case). */
  private static Optional<String> childText(Element parent, String name, String namespaceUri) {
    if (parent == null) {
      return Optional.empty();
    }
    for (Element child : parent.getChildren()) {
      if (child.getName().equals(name) && child.getNamespaceURI().equalsIgnoreCase(namespaceUri)) {
        return nonBlank(child.getText());
      }
    }
    return Optional.empty();
  }

  /** The language an element declares with xml:lang, or inherits from its ancestors. */
  private static Optional<String> xmlLang(Element element) {
    for (Element e = element; e != null; e = e.getParentElement()) {
      String lang = e.getAttributeValue("lang", Namespace.XML_NAMESPACE);
      if (lang != null) {
        return nonBlank(lang.replace('_', '-'));
      }
    }
    return Optional.empty();
  }

  /** The id as the feed wrote it: RSS guid or Atom id, not ROME's fallback to the link. */
  private static Optional<String> id(SyndEntry entry) {
    Object wire = entry.getWireEntry();
    if (wire instanceof Item rss) {
      // RSS 1.0 identifies items by rdf:about, which ROME keeps as the item's URI.
      return rss.getGuid() != null ? nonBlank(rss.getGuid().getValue()) : nonBlank(rss.getUri());
    }
    if (wire instanceof Entry atom) {
      return nonBlank(atom.getId());
    }
    return nonBlank(entry.getUri());
  }

  private static List<String> authors(SyndEntry entry, Optional<DCModule> dc, Element element) {
    Set<String> names = new LinkedHashSet<>();
    if (element != null) {
      // RSS <author> first: ROME files it among the Dublin Core creators, after dc:creator.
      for (Element a : element.getChildren("author")) {
        nonBlank(a.getText()).map(XmlFeedReader::personName).ifPresent(names::add);
      }
    }
    for (SyndPerson p : entry.getAuthors()) {
      nonBlank(p.getName()).map(XmlFeedReader::personName)
          .or(() -> nonBlank(p.getEmail())).ifPresent(names::add);
    }
    if (names.isEmpty()) {
      nonBlank(entry.getAuthor()).map(XmlFeedReader::personName).ifPresent(names::add);
    }
    dc.ifPresent(d -> d.getCreators().forEach(c ->
        nonBlank(c).map(XmlFeedReader::personName).ifPresent(names::add)));
    return List.copyOf(names);
  }

  /** Podcasts' {@code <itunes:category text="…">}, nested for subcategories. */
  private static void itunesCategories(Element element, Set<String> names) {
    for (Element child : element.getChildren()) {
      if (child.getName().equals("category") && child.getNamespaceURI().equalsIgnoreCase(ITUNES)) {
        nonBlank(child.getAttributeValue("text")).ifPresent(names::add);
        itunesCategories(child, names);
      }
    }
  }

  private static final Pattern EMAIL_THEN_NAME =
      Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern NAME_THEN_EMAIL =
      Pattern.compile("^(.+?)\\s*(?:\\(\\S+@\\S+\\)|<\\S+@\\S+>)$");

  /** "Jo Bloggs" from "jo@example.com (Jo Bloggs)", "Jo Bloggs <jo@…>" or "Jo Bloggs (jo@…)". */
  static String personName(String author) {
    String a = oneLine(author);
    java.util.regex.Matcher m = EMAIL_THEN_NAME.matcher(a);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = NAME_THEN_EMAIL.matcher(a);
    if (m.matches()) {
      return m.group(1).strip();
    }
    return a;
  }

  private static List<String> categories(SyndEntry entry, Optional<DCModule> dc,
      Element element) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndCategory c : entry.getCategories()) {
      nonBlank(c.getName()).or(() -> nonBlank(c.getLabel())).ifPresent(names::add);
    }
    dc.ifPresent(d -> d.getSubjects().forEach(subject ->
        nonBlank(subject.getValue()).ifPresent(names::add)));
    if (element != null) {
      itunesCategories(element, names);
    }
    return List.copyOf(names);
  }

  private static List<FeedItem.Enclosure> enclosures(SyndEntry entry, String base) {
    List<FeedItem.Enclosure> out = new ArrayList<>();
    for (SyndEnclosure e : entry.getEnclosures()) {
      nonBlank(e.getUrl()).ifPresent(url -> out.add(new FeedItem.Enclosure(
          Urls.resolve(base, url), nonBlank(e.getType()),
          e.getLength() > 0 ? Optional.of(e.getLength()) : Optional.empty())));
    }
    return out;
  }

  /**
   * A title as plain text. Atom says whether it is text, HTML or XHTML; RSS does not, and
   * publishers put HTML in RSS titles often enough that a title holding HTML tags is read as HTML.
   */
  static Optional<String> title(SyndContent c, Element parent) {
    if (c == null || c.getValue() == null) {
      return Optional.empty();
    }
    String value = XmlDecoding.c1ControlsAsWindows1252(c.getValue());
    String type = c.getType();
    if (type == null && parent != null) {
      // ROME drops the type of some titles (Atom 0.3 feed titles); the element still has it.
      Element title = parent.getChild("title", parent.getNamespace());
      type = title == null ? null : title.getAttributeValue("type");
    }
    Kind kind = kind(type);
    if (kind == Kind.HTML || kind == Kind.XHTML || kind == Kind.XML
        || kind == Kind.UNSAID && HTML_TAG.matcher(value).find()) {
      value = Jsoup.parse(value).text();
    }
    return nonBlank(oneLine(value));
  }

  /**
   * A text construct as HTML: HTML as is, text escaped, and Atom 1.0 XHTML without its wrapping
   * div (in Atom 0.3 the div is part of the content).
   */
  static Optional<String> html(SyndContent c, boolean atom10) {
    if (c == null || c.getValue() == null || c.getValue().isBlank()) {
      return Optional.empty();
    }
    String value = XmlDecoding.c1ControlsAsWindows1252(c.getValue().strip());
    return switch (kind(c.getType())) {
      case HTML, XML, UNSAID ->
          Optional.of(atom10 && isXhtmlWrapper(value) ? unwrapXhtmlDiv(value) : value);
      case XHTML -> Optional.of(unwrapXhtmlDiv(value));
      case TEXT -> Optional.of(Entities.escape(value));
    };
  }

  /** XHTML is Atom 1.0's type="xhtml" (content wrapped in a div); XML is any other XML type. */
  private enum Kind { TEXT, HTML, XHTML, XML, UNSAID }

  private static Kind kind(String type) {
    if (type == null) {
      return Kind.UNSAID;
    }
    String t = type.strip().toLowerCase(Locale.ROOT);
    if (t.equals("xhtml")) {
      return Kind.XHTML;
    }
    if (t.contains("xhtml") || t.endsWith("/xml") || t.endsWith("+xml")) {
      return Kind.XML;
    }
    if (t.equals("html") || t.contains("html")) {
      return Kind.HTML;
    }
    if (t.equals("text") || t.startsWith("text/")) {
      return Kind.TEXT;
    }
    return Kind.UNSAID;
  }

  /**
   * ROME reports Atom type="xhtml" content as "html", serialised with its wrapping div; the div
   * is recognised by the XHTML namespace it declares.
   */
  private static boolean isXhtmlWrapper(String value) {
    int end = value.indexOf('>');
    return value.startsWith("<div") && end > 0
        && value.substring(0, end).contains("http://www.w3.org/1999/xhtml");
  }

  /** Atom XHTML content is wrapped in one xhtml:div that is not part of the content. */
  private static String unwrapXhtmlDiv(String xhtml) {
    org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(xhtml).body();
    body.ownerDocument().outputSettings().prettyPrint(false);
    boolean onlyWhitespaceBeside = body.textNodes().stream().allMatch(t -> t.isBlank());
    if (body.childrenSize() == 1 && body.child(0).normalName().equals("div")
        && onlyWhitespaceBeside) {
      return body.child(0).html();
    }
    return xhtml;
  }

  /** Resolves a link found in {@code element}, preferring the xml:base of the link element. */
  private static String resolveLink(Element element, String link, String base) {
    if (element != null) {
      for (Element child : element.getChildren()) {
        if (child.getName().equals("link") && link.equals(child.getAttributeValue("href"))) {
          return Urls.resolve(XmlBase.within(child, base), link);
        }
      }
    }
    return Urls.resolve(base, link);
  }

  /** The base of an Atom entry's content (or summary), which may carry its own xml:base. */
  private static String contentBase(Element element, String base) {
    if (element == null) {
      return base;
    }
    for (String name : new String[] {"content", "summary"}) {
      for (Element child : element.getChildren()) {
        if (child.getName().equals(name)) {
          return XmlBase.within(child, base);
        }
      }
    }
    return base;
  }

  /** The element holding the feed's own metadata: RSS channel, else the root (Atom, RDF). */
  private static Element channelOf(Element root) {
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        return root.getName().equals("rss") ? child : root;
      }
    }
    return root;
  }

  /** The entry elements in the order ROME reads them, to align each entry with its element. */
  private static List<Element> itemElements(Element root, Element channel) {
    List<Element> out = new ArrayList<>();
    Element parent = root.getName().equals("rss") ? channel : root;
    for (Element child : parent.getChildren()) {
      if (child.getName().equals("item") || child.getName().equals("entry")) {
        out.add(child);
      }
    }
    return out;
  }

  /** A date ROME could not read, read leniently from the first child element with the name. */
  private static Optional<Instant> rawDate(Element element, String... names) {
    if (element == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (Element child : element.getChildren()) {
        if (child.getName().equals(name)) {
          Optional<Instant> date = FeedDates.parse(child.getTextNormalize());
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  /**
   * A date, if it is plausible: ROME's lenient date parser turns some garbage into years like
   * -235183214, which would sort an item before everything else forever.
   */
  static Optional<Instant> instant(Date date) {
    if (date == null) {
      return Optional.empty();
    }
    Instant i = date.toInstant();
    return i.isBefore(EARLIEST) || i.isAfter(LATEST) ? Optional.empty() : Optional.of(i);
  }

  /** The string stripped, with C1 controls from character references repaired; or empty. */
  static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty()
        : Optional.of(XmlDecoding.c1ControlsAsWindows1252(s.strip()));
  }

  static String oneLine(String s) {
    return WHITESPACE.matcher(s.strip()).replaceAll(" ");
  }

  /** xml:base as RFC 3986 resolution up the tree. */
  static final class XmlBase {
    private XmlBase() {}

    /** The base URI in effect at {@code element}, starting from {@code documentUrl}. */
    static String of(Element element, String documentUrl) {
      List<String> bases = new ArrayList<>();
      for (Element e = element; e != null; e = e.getParentElement()) {
        String b = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (b != null && !b.isBlank()) {
          bases.add(b.strip());
        }
      }
      String base = documentUrl;
      for (int i = bases.size() - 1; i >= 0; i--) {
        base = base == null ? bases.get(i) : Urls.resolve(base, bases.get(i));
      }
      return base;
    }

    /** The base in effect at {@code child}, given the base in effect at its parent. */
    static String within(Element child, String parentBase) {
      String b = child.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (b == null || b.isBlank()) {
        return parentBase;
      }
      return parentBase == null ? b.strip() : Urls.resolve(parentBase, b.strip());
    }
  }
}
