package org.newsdesk.ingest.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * Reads the subscription lists feed readers export: OPML 1.0, 1.1 and 2.0. Feeds are the outlines
 * with an {@code xmlUrl}; outlines without one that hold others are folders, nested to any depth,
 * and give each feed inside them its {@link FeedSubscription#categoryPath()}. A feed outside any
 * folder that carries an OPML 2.0 {@code category} attribute ("/News/World") takes its path from
 * there.
 *
 * <p>Exports in the wild are often not well-formed (a raw {@code &} in a URL is the classic);
 * such a document is recorded as a problem with its line and column and read leniently, like a
 * broken feed. The XML is read with the same protections as feeds: the DOCTYPE is removed and
 * refused, so no entity is expanded. Outlines that cannot be subscribed to — no URL, a URL that is
 * not http(s), a URL seen before — are skipped and each is recorded. Never throws on bad input.
 */
public final class OpmlReader {

  private final FeedParser.Options options;

  public OpmlReader() {
    this(FeedParser.Options.defaults());
  }

  /** @param options the size cap (the same as for feeds by default) */
  public OpmlReader(FeedParser.Options options) {
    this.options = options;
  }

  public OpmlImport read(byte[] bytes) {
    if (bytes.length > options.maxBytes()) {
      return new OpmlImport.Failed("the OPML file is too large: " + bytes.length
          + " bytes; the cap is " + options.maxBytes() + " bytes");
    }
    try {
      return parse(bytes);
    } catch (RuntimeException | StackOverflowError e) {
      return new OpmlImport.Failed("cannot read the OPML file: unexpected " + e);
    }
  }

  private OpmlImport parse(byte[] bytes) {
    Problems problems = new Problems(FeedParser.MAX_PROBLEMS);
    String text = XmlDecoding.decode(bytes, Optional.empty(), problems).text();
    if (text.isBlank()) {
      return new OpmlImport.Failed("the OPML file is empty");
    }
    int tooDeep = XmlHealer.depthExceededAt(text, XmlFeedReader.MAX_DEPTH);
    if (tooDeep >= 0) {
      return new OpmlImport.Failed(XmlFeedReader.tooDeepMessage(text, tooDeep));
    }
    Document doc;
    try {
      doc = XmlFeedReader.strict(text);
    } catch (JDOMParseException e) {
      String where = e.getLineNumber() > 0
          ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
      String error = "not well-formed XML" + where + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
      doc = LenientXml.parse(text);
      if (doc == null) {
        return new OpmlImport.Failed("not OPML: the document holds no XML element (" + error + ")");
      }
      problems.add(error + "; read with a lenient parser");
    } catch (JDOMException | IOException e) {
      return new OpmlImport.Failed("cannot read the OPML file: " + e.getMessage());
    }
    Element root = doc.getRootElement();
    if (!root.getName().equalsIgnoreCase("opml")) {
      return new OpmlImport.Failed("not OPML: the root element is <" + root.getName() + ">"
          + (Set.of("rss", "feed", "RDF").contains(root.getName()) ? " (a feed, not a list of feeds)"
              : ""));
    }
    Element head = child(root, "head");
    Optional<String> title = head == null ? Optional.empty()
        : Optional.ofNullable(child(head, "title")).map(Element::getTextNormalize)
            .filter(t -> !t.isEmpty());
    Element body = child(root, "body");
    List<FeedSubscription> subscriptions = new ArrayList<>();
    if (body == null) {
      problems.add("the OPML file has no <body>; no feeds in it");
    } else {
      walk(body, List.of(), subscriptions, new LinkedHashSet<>(), problems);
    }
    return new OpmlImport.Imported(title, subscriptions, problems.list());
  }

  private static void walk(Element parent, List<String> path, List<FeedSubscription> out,
      Set<String> seen, Problems problems) {
    for (Element outline : parent.getChildren()) {
      if (!outline.getName().equalsIgnoreCase("outline")) {
        continue;
      }
      Optional<String> label = attr(outline, "text").or(() -> attr(outline, "title"));
      Optional<String> xmlUrl = attr(outline, "xmlUrl");
      if (xmlUrl.isEmpty()) {
        if (!outline.getChildren().isEmpty()) {
          List<String> inner = new ArrayList<>(path);
          label.ifPresent(inner::add);
          walk(outline, inner, out, seen, problems);
        } else if (attr(outline, "type").map(t -> t.equalsIgnoreCase("rss")).orElse(false)) {
          problems.add("outline \"" + label.orElse("?") + "\" is a feed without an xmlUrl;"
              + " skipped");
        }
        continue;
      }
      Optional<String> url = feedUrl(xmlUrl.get());
      if (url.isEmpty()) {
        problems.add("outline \"" + label.orElse(xmlUrl.get()) + "\" has an xmlUrl that is not"
            + " an http(s) URL: \"" + xmlUrl.get() + "\"; skipped");
        continue;
      }
      if (!seen.add(url.get())) {
        problems.add("feed " + url.get() + " is listed more than once; kept the first");
        continue;
      }
      List<String> categories = path.isEmpty() ? categoryAttribute(outline) : path;
      out.add(new FeedSubscription(label, url.get(),
          attr(outline, "htmlUrl").flatMap(OpmlReader::webUrl), categories));
      if (!outline.getChildren().isEmpty()) {
        walk(outline, path, out, seen, problems);
      }
    }
  }

  /** OPML 2.0 category="/News/World,/Other": the first path. */
  private static List<String> categoryAttribute(Element outline) {
    Optional<String> category = attr(outline, "category");
    if (category.isEmpty()) {
      return List.of();
    }
    String first = category.get().split(",")[0];
    List<String> path = new ArrayList<>();
    for (String part : first.split("/")) {
      if (!part.isBlank()) {
        path.add(part.strip());
      }
    }
    return path;
  }

  /** The feed URL if it is http(s); {@code feed:} URLs become http(s) ones. */
  private static Optional<String> feedUrl(String raw) {
    String url = raw.strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("feed://")) {
      url = "http://" + url.substring(7);
    } else if (lower.startsWith("feed:")) {
      url = url.substring(5);
    }
    return webUrl(url);
  }

  private static Optional<String> webUrl(String raw) {
    String url = raw.strip();
    try {
      URI uri = new URI(url.replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(url);
      }
    } catch (URISyntaxException e) {
      // not a URL
    }
    return Optional.empty();
  }

  /** An attribute by name in any letter case (exports write xmlUrl, xmlurl and XMLURL). */
  private static Optional<String> attr(Element e, String name) {
    for (Attribute a : e.getAttributes()) {
      if (a.getName().equalsIgnoreCase(name) && !a.getValue().isBlank()) {
        return Optional.of(a.getValue().strip());
      }
    }
    return Optional.empty();
  }

  private static Element child(Element parent, String name) {
    for (Element c : parent.getChildren()) {
      if (c.getName().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }
}
