package org.newsdesk.cli;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.ingest.feeds.FeedDiscovery;
import org.newsdesk.ingest.feeds.FeedParse;
import org.newsdesk.ingest.feeds.FeedParser;
import org.newsdesk.ingest.fetch.FetchException;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk sources add URL}: checks that the URL is a feed (or a page announcing one)
 * before adding it, so a typo fails now, not silently at every poll.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add a feed (RSS, Atom, JSON Feed), or a site whose page links to one.")
final class SourcesAddCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Parameters(paramLabel = "URL")
  private String url;

  @Option(names = "--category", description = "A folder for the source (kept in OPML export).")
  private String category;

  @Option(names = "--no-check", description = "Add without fetching the feed first.")
  private boolean noCheck;

  @Override
  public Integer call() {
    NewsdeskConfig config = storeOptions.config();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new CommandFailure(ExitCode.BAD_INPUT, "not an http(s) URL: " + url);
    }
    String feedUrl = url;
    Optional<String> title = Optional.empty();
    Optional<String> site = Optional.empty();
    int items = -1;
    if (!noCheck) {
      PageFetcher fetcher = storeOptions.fetcher(config);
      FetchedPage page = fetch(fetcher, url);
      FeedParse parse = new FeedParser().parse(page);
      if (parse instanceof FeedParse.Failed && isHtml(page)) {
        List<String> announced = FeedDiscovery.feeds(page.text(), page.finalUri().toString());
        if (announced.isEmpty()) {
          throw new CommandFailure(ExitCode.BAD_INPUT,
              url + " is a web page that links to no feed");
        }
        feedUrl = announced.get(0);
        page = fetch(fetcher, feedUrl);
        parse = new FeedParser().parse(page);
      }
      if (parse instanceof FeedParse.Failed f) {
        throw new CommandFailure(ExitCode.BAD_INPUT, feedUrl + " is not a feed: " + f.message());
      }
      FeedParse.Parsed p = (FeedParse.Parsed) parse;
      title = p.feed().title();
      site = p.feed().siteLink();
      items = p.feed().items().size();
    }
    try (Database db = storeOptions.open(config)) {
      SourceStore.Added added = new SourceStore(db).add(feedUrl, title, site,
          Optional.ofNullable(category));
      spec.commandLine().getOut().printf("%s source %d: %s%s%s%n",
          added.created() ? "added" : "already present:", added.id(), feedUrl,
          title.map(t -> " (" + t + ")").orElse(""),
          items >= 0 ? ", " + items + " items now" : "");
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK.code();
  }

  private static FetchedPage fetch(PageFetcher fetcher, String url) {
    try {
      return fetcher.fetch(URI.create(url));
    } catch (FetchException e) {
      throw new CommandFailure(e.problem() == FetchException.Problem.REFUSED ? ExitCode.REFUSED
          : ExitCode.IO, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.BAD_INPUT, "not a URL: " + url);
    }
  }

  private static boolean isHtml(FetchedPage page) {
    return page.mediaType().map(t -> t.contains("html")).orElse(false);
  }
}
