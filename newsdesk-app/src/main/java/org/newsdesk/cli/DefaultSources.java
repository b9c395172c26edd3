package org.newsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.newsdesk.ingest.feeds.Subscriptions;
import org.newsdesk.ingest.feeds.OpmlImport;
import org.newsdesk.ingest.feeds.OpmlReader;
import org.newsdesk.store.SourceStore;

/** The feeds a fresh store starts from: {@code feeds/default-sources.opml} on the classpath. */
final class DefaultSources {

  static final String RESOURCE = "/feeds/default-sources.opml";

  private DefaultSources() {}

  /** Adds the default sources; returns how many were new. */
  static int importInto(SourceStore sources) {
    byte[] opml;
    try (InputStream in = DefaultSources.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      opml = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(new OpmlReader().read(opml) instanceof OpmlImport.Imported imported)) {
      throw new IllegalStateException(RESOURCE + " is not valid OPML");
    }
    return Subscriptions.addAll(imported.subscriptions(),
        s -> sources.add(s.xmlUrl(), s.title(), s.htmlUrl(), s.category()).created());
  }
}
