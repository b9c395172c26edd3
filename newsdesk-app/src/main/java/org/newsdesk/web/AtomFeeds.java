package org.newsdesk.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.newsdesk.store.ArticleSummary;

/**
 * Atom feeds out, written by ROME (the same library that reads feeds in): any list the site
 * shows — an entity's articles, a story's, a search's — can be followed from the reader a person
 * already uses. Entries link to our article pages, which link to the original.
 */
final class AtomFeeds {

  private AtomFeeds() {}

  static String of(String title, String id, String selfUrl, String pageUrl, String baseUrl,
      List<ArticleSummary> articles) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setUri(id);
    feed.setLink(pageUrl);
    List<com.rometools.rome.feed.synd.SyndLink> links = new ArrayList<>();
    com.rometools.rome.feed.synd.SyndLinkImpl self = new com.rometools.rome.feed.synd.SyndLinkImpl();
    self.setRel("self");
    self.setHref(selfUrl);
    links.add(self);
    com.rometools.rome.feed.synd.SyndLinkImpl alternate =
        new com.rometools.rome.feed.synd.SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setHref(pageUrl);
    links.add(alternate);
    feed.setLinks(links);
    feed.setPublishedDate(Date.from(articles.stream()
        .map(a -> a.publishedAt().orElse(Instant.EPOCH)).max(Instant::compareTo)
        .orElse(Instant.EPOCH)));
    List<SyndEntry> entries = new ArrayList<>();
    for (ArticleSummary a : articles) {
      SyndEntry e = new SyndEntryImpl();
      e.setTitle(a.title().orElse(a.url()));
      e.setLink(baseUrl + "/articles/" + a.id());
      e.setUri(baseUrl + "/articles/" + a.id());
      a.publishedAt().map(Date::from).ifPresent(d -> {
        e.setPublishedDate(d);
        e.setUpdatedDate(d);
      });
      a.source().ifPresent(e::setAuthor);
      SyndContentImpl summary = new SyndContentImpl();
      summary.setType("text");
      summary.setValue(a.source().map(s -> s + ": ").orElse("") + a.url());
      e.setDescription(summary);
      entries.add(e);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write Atom feed " + id + ": " + e.getMessage(), e);
    }
  }
}
