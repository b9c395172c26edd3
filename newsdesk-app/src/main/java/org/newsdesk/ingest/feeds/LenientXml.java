package org.newsdesk.ingest.feeds;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.Verifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The fallback for XML that is not well-formed: jsoup's XML parser, which builds a tree from
 * anything (unclosed and mis-nested tags, stray {@code <} and {@code &}, broken CDATA) and never
 * expands entities beyond the HTML ones, converted here into the JDOM tree ROME reads.
 *
 * <p>The conversion does the namespace work jsoup leaves to its caller: {@code xmlns}
 * declarations are tracked down the tree, and a prefix that is used but never declared (another
 * common reason a feed is not well-formed) is bound to its usual namespace when it is a well-known
 * one ({@code dc:}, {@code content:}, {@code itunes:}, …). Names XML does not allow are dropped,
 * their content kept.
 */
final class LenientXml {

  private static final Map<String, String> WELL_KNOWN_PREFIXES = Map.of(
      "atom", "http://www.w3.org/2005/Atom",
      "content", "http://purl.org/rss/1.0/modules/content/",
      "dc", "http://purl.org/dc/elements/1.1/",
      "dcterms", "http://purl.org/dc/terms/",
      "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "media", "http://search.yahoo.com/mrss/",
      "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "slash", "http://purl.org/rss/1.0/modules/slash/",
      "wfw", "http://wellformedweb.org/CommentAPI/");

  private LenientXml() {}

  /** The document's tree, or null when it holds no element at all. */
  static Document parse(String text) {
    org.jsoup.nodes.Document soup = Jsoup.parse(text, "", Parser.xmlParser());
    Element holder = new Element("holder");
    for (Node child : soup.childNodes()) {
      convert(child, holder, Map.of());
    }
    Element root = holder.getChildren().isEmpty() ? null : holder.getChildren().get(0);
    if (root == null) {
      return null;
    }
    root.detach();
    return new Document(root);
  }

  private static void convert(Node node, Element parent, Map<String, String> scope) {
    if (node instanceof TextNode t) {
      parent.addContent(new Text(t.getWholeText()));
      return;
    }
    if (node instanceof DataNode d) {
      parent.addContent(new Text(d.getWholeData()));
      return;
    }
    if (!(node instanceof org.jsoup.nodes.Element e)) {
      return; // comments, declarations, doctypes
    }
    Map<String, String> inner = scope;
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      if (key.equals("xmlns") || key.startsWith("xmlns:")) {
        if (inner == scope) {
          inner = new HashMap<>(scope);
        }
        inner.put(key.equals("xmlns") ? "" : key.substring(6), a.getValue());
      }
    }
    Element element = element(e.tagName(), inner);
    if (element == null) {
      for (Node child : e.childNodes()) {
        convert(child, parent, inner);
      }
      return;
    }
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      if (key.equals("xmlns") || key.startsWith("xmlns:")) {
        continue;
      }
      setAttribute(element, key, a.getValue(), inner);
    }
    parent.addContent(element);
    for (Node child : e.childNodes()) {
      convert(child, element, inner);
    }
  }

  private static Element element(String qname, Map<String, String> scope) {
    int colon = qname.indexOf(':');
    String prefix = colon > 0 ? qname.substring(0, colon) : "";
    String local = colon > 0 ? qname.substring(colon + 1) : qname;
    if (Verifier.checkElementName(local) != null) {
      return null;
    }
    String uri = scope.get(prefix);
    if (uri != null) {
      uri = uri.strip();
    }
    if (uri == null && !prefix.isEmpty()) {
      uri = WELL_KNOWN_PREFIXES.getOrDefault(prefix.toLowerCase(Locale.ROOT),
          "urn:x-undeclared:" + prefix);
    }
    try {
      return uri == null || uri.isEmpty() && prefix.isEmpty()
          ? new Element(local) : new Element(local, Namespace.getNamespace(prefix, uri));
    } catch (RuntimeException ex) {
      return new Element(local);
    }
  }

  private static void setAttribute(Element element, String qname, String value,
      Map<String, String> scope) {
    int colon = qname.indexOf(':');
    String prefix = colon > 0 ? qname.substring(0, colon) : "";
    String local = colon > 0 ? qname.substring(colon + 1) : qname;
    if (Verifier.checkAttributeName(local) != null || Verifier.checkCharacterData(value) != null) {
      return;
    }
    try {
      if (prefix.isEmpty()) {
        element.setAttribute(local, value);
      } else if (prefix.equals("xml")) {
        element.setAttribute(local, value, Namespace.XML_NAMESPACE);
      } else {
        String uri = scope.getOrDefault(prefix, WELL_KNOWN_PREFIXES.getOrDefault(
            prefix.toLowerCase(Locale.ROOT), "urn:x-undeclared:" + prefix)).strip();
        element.setAttribute(local, value, Namespace.getNamespace(prefix, uri));
      }
    } catch (RuntimeException ex) {
      // a prefix clash or an illegal name: the attribute is dropped
    }
  }
}
