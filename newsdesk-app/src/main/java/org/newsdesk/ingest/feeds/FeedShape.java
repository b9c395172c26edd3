package org.newsdesk.ingest.feeds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Brings the feeds ROME does not recognise, or crashes on, into the shape it expects, before it
 * reads them. ROME picks its parser by exact root name, namespace and version; feeds in the wild
 * drift from all three:
 *
 * <ul>
 *   <li>{@code <feed>} without the Atom namespace (or with another one) is read as Atom 1.0, or as
 *       Atom 0.3 when it says {@code version="0.3"};
 *   <li>{@code <rss>} in a namespace (Userland's "rss2" namespaces) loses it; an unknown version
 *       ("2.1") is read as 2.0; a missing {@code <channel>} is added empty (ROME fails on its
 *       absence);
 *   <li>RDF (RSS 0.90 and 1.0) without a channel gets an empty one, for the same reason;
 *   <li>Atom 0.3 base64 content ({@code mode="base64"}) is decoded here, because ROME's decoder
 *       fails on the line breaks that base64 text usually has; Atom 0.3 text without markup is
 *       marked {@code mode="escaped"}, because ROME re-escapes it otherwise ("&amp;lt;");
 *   <li>an Atom text construct that says it is text (or says nothing) but holds elements — HTML
 *       written inline without a namespace, a common mistake — is read as that HTML.
 * </ul>
 */
final class FeedShape {

  static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
  static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
  private static final Namespace RDF =
      Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
  private static final Namespace RSS_090 =
      Namespace.getNamespace("http://my.netscape.com/rdf/simple/0.9/");
  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94");

  private FeedShape() {}

  static void normalise(Document doc) {
    Element root = doc.getRootElement();
    String name = root.getName().toLowerCase(Locale.ROOT);
    switch (name) {
      case "feed" -> atom(root);
      case "rss" -> rss(root);
      case "rdf" -> rdf(root);
      default -> {
        // not a feed we know; ROME will say so
      }
    }
  }

  private static void atom(Element root) {
    Namespace ns = root.getNamespace();
    if (!ns.equals(ATOM_10) && !ns.equals(ATOM_03)) {
      String version = root.getAttributeValue("version", "");
      moveNamespace(root, ns, version.strip().startsWith("0.") ? ATOM_03 : ATOM_10);
    }
    hoist(root, "entry");
    atomLinks(root, root.getNamespace());
    if (root.getNamespace().equals(ATOM_03)) {
      decodeBase64(root);
    }
    textConstructs(root, root.getNamespace().equals(ATOM_03));
  }

  /**
   * Moves entries that an unclosed element swallowed (a lenient parse of
   * {@code <itunes:category text="x">} without its end tag nests every later item inside it)
   * back to where they belong: children of {@code parent}, in document order.
   */
  private static void hoist(Element parent, String name) {
    if (parent == null) {
      return;
    }
    List<Element> misplaced = new java.util.ArrayList<>();
    for (Element child : parent.getChildren()) {
      if (!child.getName().equals(name)) {
        collect(child, name, misplaced);
      }
    }
    for (Element e : misplaced) {
      parent.addContent(e.detach());
    }
  }

  private static void collect(Element element, String name, List<Element> out) {
    for (Element child : element.getChildren()) {
      if (child.getName().equals(name)) {
        out.add(child);
      } else {
        collect(child, name, out);
      }
    }
  }

  /**
   * Links without an href are dropped (ROME fails on an empty self link); in Atom 0.3 a link
   * without rel is the alternate one, as in 1.0 (ROME reads it only with rel="alternate").
   */
  private static void atomLinks(Element element, Namespace atom) {
    for (Element child : List.copyOf(element.getChildren())) {
      if (child.getName().equals("link") && child.getNamespace().equals(atom)) {
        if (child.getAttributeValue("href", "").isBlank()) {
          child.detach();
        } else if (atom.equals(ATOM_03) && child.getAttribute("rel") == null) {
          child.setAttribute("rel", "alternate");
        }
      } else if (child.getName().equals("entry")) {
        atomLinks(child, atom);
      }
    }
  }

  private static final Set<String> TEXT_CONSTRUCTS = Set.of("title", "subtitle", "tagline",
      "info", "copyright", "rights", "summary", "content");
  private static final XMLOutputter OUTPUTTER = new XMLOutputter(Format.getRawFormat());

  private static void textConstructs(Element element, boolean atom03) {
    for (Element child : element.getChildren()) {
      if (TEXT_CONSTRUCTS.contains(child.getName()) && child.getAttribute("src") == null) {
        String type = child.getAttributeValue("type", "").strip().toLowerCase(Locale.ROOT);
        boolean xml = type.equals("xhtml") || type.endsWith("/xml") || type.endsWith("+xml");
        boolean hasElements = !child.getChildren().isEmpty();
        if (!atom03 && isBase64Type(type) && !hasElements) {
          decodeAtom10Base64(child);
        } else if (hasElements && !xml) {
          String markup = OUTPUTTER.outputString(child.getContent());
          child.removeContent();
          child.setText(markup);
          child.setAttribute("type", atom03 ? "text/html" : "html");
          if (atom03) {
            child.setAttribute("mode", "escaped");
          }
        } else if (atom03 && !hasElements && !"escaped".equals(child.getAttributeValue("mode"))) {
          child.setAttribute("mode", "escaped");
        }
      } else if (child.getName().equals("entry") || child.getName().equals("source")
          || child.getName().equals("author")) {
        textConstructs(child, atom03);
      }
    }
  }

  /**
   * Atom 1.0 (RFC 4287 §4.1.3.3): content whose type is neither text, HTML, XHTML, XML nor any
   * text/* type is base64. Text that decodes to UTF-8 is kept as HTML; binary content (an image)
   * has nothing to show as text and is emptied.
   */
  private static boolean isBase64Type(String type) {
    return type.contains("/") && !type.startsWith("text/") && !type.endsWith("/xml")
        && !type.endsWith("+xml");
  }

  private static void decodeAtom10Base64(Element element) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
      java.nio.CharBuffer text = StandardCharsets.UTF_8.newDecoder().decode(
          java.nio.ByteBuffer.wrap(bytes));
      element.setText(text.toString());
      element.setAttribute("type", "html");
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      element.setAttribute("type", "text"); // not base64 text after all: keep it as written
    }
  }

  private static final Set<String> RSS_MARKUP_ELEMENTS = Set.of("title", "description");

  /** RSS title or description written with raw (unescaped, un-namespaced) HTML elements. */
  private static void rssInlineMarkup(Element element) {
    for (Element child : element.getChildren()) {
      if (RSS_MARKUP_ELEMENTS.contains(child.getName())
          && child.getNamespace().equals(element.getNamespace())) {
        if (!child.getChildren().isEmpty()) {
          String markup = OUTPUTTER.outputString(child.getContent());
          child.removeContent();
          child.setText(markup);
        }
      } else if (child.getName().equals("channel") || child.getName().equals("item")) {
        rssInlineMarkup(child);
      }
    }
  }

  private static void rss(Element root) {
    root.setName("rss");
    if (!root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
      moveNamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
    }
    String version = root.getAttributeValue("version");
    if (version != null && !RSS_VERSIONS.contains(version.strip())
        && !version.strip().startsWith("2.0")) {
      root.setAttribute("version", "2.0");
    }
    hoist(root.getChild("channel", root.getNamespace()), "item");
    if (root.getChild("channel") == null) {
      // Channel elements and items written straight under <rss>: they go into a channel.
      Element channel = new Element("channel");
      for (Element child : List.copyOf(root.getChildren())) {
        channel.addContent(child.detach());
      }
      root.addContent(channel);
    }
    rssInlineMarkup(root);
  }

  private static void rdf(Element root) {
    if (!root.getNamespace().equals(RDF)) {
      return;
    }
    for (Namespace n : List.copyOf(root.getNamespacesInScope())) {
      if (n.getURI().startsWith("http://channel.netscape.com/rdf/simple/0.9")) {
        // Netscape published RSS 0.90 under two hosts; ROME knows the "my." one.
        moveNamespace(root, n, RSS_090);
        root.removeNamespaceDeclaration(n);
        if (n.getPrefix().isEmpty()) {
          root.addNamespaceDeclaration(Namespace.getNamespace("rss090", RSS_090.getURI()));
        }
      }
    }
    Namespace rss = root.getNamespacesInScope().stream()
        .filter(n -> n.equals(RSS_10) || n.equals(RSS_090))
        .findFirst().orElse(null);
    if (rss != null && root.getChild("channel", rss) == null) {
      root.addContent(0, new Element("channel", rss));
    }
    rssInlineMarkup(root);
  }

  /** Moves {@code element} and every descendant in namespace {@code from} into {@code to}. */
  private static void moveNamespace(Element element, Namespace from, Namespace to) {
    if (element.getNamespace().equals(from)) {
      element.setNamespace(to);
    }
    for (Element child : element.getChildren()) {
      moveNamespace(child, from, to);
    }
  }

  private static void decodeBase64(Element element) {
    if ("base64".equalsIgnoreCase(element.getAttributeValue("mode"))) {
      try {
        byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
        element.setText(new String(bytes, StandardCharsets.UTF_8));
        element.setAttribute("mode", "xml".equals(element.getAttributeValue("type")) ? "xml"
            : "escaped");
      } catch (IllegalArgumentException e) {
        element.removeAttribute("mode"); // not base64 after all: read as text
      }
    }
    List<Element> children = element.getChildren();
    for (Element child : children) {
      decodeBase64(child);
    }
  }
}
