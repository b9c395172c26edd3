package org.newsdesk.pipeline;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsdesk.ingest.feeds.FeedItem;
import org.newsdesk.ingest.feeds.FeedParse;
import org.newsdesk.ingest.feeds.FeedParser;
import org.newsdesk.ingest.fetch.FetchException;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.store.NewArticle;
import org.newsdesk.store.RawPage;

/**
 * One URL given by a user: fetched once; an HTML page is an article (its page already at hand),
 * anything a feed parser reads is a feed whose items become articles to fetch.
 */
public final class UrlIntake {

  private final PageFetcher fetcher;
  private final FeedParser feeds = new FeedParser();

  public UrlIntake(PageFetcher fetcher) {
    this.fetcher = fetcher;
  }

  public void read(URI url, Consumer<NewArticle> out) throws FetchException {
    FetchedPage page = fetcher.fetch(url);
    boolean html = page.mediaType().map(t -> t.equals("text/html")
        || t.equals("application/xhtml+xml")).orElse(false);
    if (!html && feeds.parse(page) instanceof FeedParse.Parsed p) {
      for (FeedItem item : p.feed().items()) {
        item.link().filter(l -> l.startsWith("http")).ifPresent(link -> out.accept(
            new NewArticle(ArticleUrls.canonical(link), Optional.empty(), "feed",
                p.feed().title(), item.title(), item.bodyHtml(), item.date(),
                Optional.empty())));
      }
      return;
    }
    out.accept(new NewArticle(ArticleUrls.canonical(url.toString()), Optional.empty(), "url",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new RawPage(page.finalUri().toString(), page.status(), page.mediaType(),
            page.charset().map(Charset::name), page.body()))));
  }
}
