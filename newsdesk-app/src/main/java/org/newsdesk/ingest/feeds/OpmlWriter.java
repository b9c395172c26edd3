package org.newsdesk.ingest.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes subscriptions as OPML 2.0 (http://opml.org/spec2.opml) that other feed readers import
 * and {@link OpmlReader} reads back to the same subscriptions: folders become nested outlines, in
 * the order they first appear; every outline has the {@code text} the spec requires. The XML is
 * built as a tree and serialised by JDOM, which escapes every value.
 */
public final class OpmlWriter {

  private final Clock clock;

  public OpmlWriter() {
    this(Clock.systemUTC());
  }

  /** @param clock what {@code dateCreated} is taken from */
  public OpmlWriter(Clock clock) {
    this.clock = clock;
  }

  public void write(String title, List<FeedSubscription> subscriptions, OutputStream out)
      throws IOException {
    Element head = new Element("head")
        .addContent(new Element("title").setText(title))
        .addContent(new Element("dateCreated").setText(DateTimeFormatter.RFC_1123_DATE_TIME
            .format(clock.instant().atOffset(ZoneOffset.UTC))))
        .addContent(new Element("docs").setText("http://opml.org/spec2.opml"));
    Folder top = new Folder();
    for (FeedSubscription s : subscriptions) {
      Folder folder = top;
      for (String name : s.categoryPath()) {
        folder = folder.folders.computeIfAbsent(name, n -> new Folder());
      }
      folder.feeds.add(s);
    }
    Element body = new Element("body");
    top.writeInto(body);
    Element opml = new Element("opml").setAttribute("version", "2.0")
        .addContent(head).addContent(body);
    Format format = Format.getPrettyFormat().setEncoding("UTF-8").setIndent("  ");
    new XMLOutputter(format).output(new Document(opml), out);
  }

  /** The OPML document as UTF-8 bytes. */
  public byte[] write(String title, List<FeedSubscription> subscriptions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(title, subscriptions, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen with a byte array
    }
    return out.toByteArray();
  }

  /** The OPML document as a string. */
  public String writeString(String title, List<FeedSubscription> subscriptions) {
    return new String(write(title, subscriptions), StandardCharsets.UTF_8);
  }

  /** A folder: its feeds, then its sub-folders, each in the order first met. */
  private static final class Folder {
    final List<FeedSubscription> feeds = new ArrayList<>();
    final Map<String, Folder> folders = new LinkedHashMap<>();

    void writeInto(Element parent) {
      for (FeedSubscription s : feeds) {
        String text = s.title().orElse(s.xmlUrl());
        Element outline = new Element("outline")
            .setAttribute("type", "rss")
            .setAttribute("text", text)
            .setAttribute("title", text)
            .setAttribute("xmlUrl", s.xmlUrl());
        s.htmlUrl().ifPresent(h -> outline.setAttribute("htmlUrl", h));
        parent.addContent(outline);
      }
      for (Map.Entry<String, Folder> f : folders.entrySet()) {
        Element outline = new Element("outline")
            .setAttribute("text", f.getKey())
            .setAttribute("title", f.getKey());
        f.getValue().writeInto(outline);
        parent.addContent(outline);
      }
    }
  }
}
