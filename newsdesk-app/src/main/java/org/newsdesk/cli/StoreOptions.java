package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.ingest.fetch.PoliteFetcher;
import org.newsdesk.ingest.fetch.UrlGuard;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreException;
import picocli.CommandLine.Option;

/** The options of every command that uses the store: where it is, and the config file. */
final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of the embedded database (default ~/.newsdesk, or NEWSDESK_DATA).")
  private Path data;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (HOCON); default: built-in defaults, or NEWSDESK_CONFIG.")
  private Path config;

  @Option(names = "--allow-private-addresses",
      description = "Allow fetching from loopback and private addresses (off by default).")
  private boolean allowPrivate;

  NewsdeskConfig config() {
    return config(java.util.Map.of());
  }

  /** With the command's own options on top (see {@link NewsdeskConfig#load}). */
  NewsdeskConfig config(java.util.Map<String, ?> options) {
    Optional<Path> file = Optional.ofNullable(config)
        .or(() -> Optional.ofNullable(System.getenv("NEWSDESK_CONFIG")).map(Path::of));
    try {
      return NewsdeskConfig.load(file, Optional.ofNullable(data), options);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
  }

  Database open(NewsdeskConfig config) {
    try {
      return Database.open(config.store());
    } catch (StoreException e) {
      throw new CommandFailure(ExitCode.IO, e.getMessage(), e);
    }
  }

  /** For one fetch a user asked for (like a browser: no robots.txt, no pacing). */
  PageFetcher fetcher(NewsdeskConfig config) {
    return new PageFetcher(guard(config), PageFetcher.Limits.defaults());
  }

  /** For the pipeline's crawling: robots.txt, per-host pacing, backoff. */
  PoliteFetcher politeFetcher(NewsdeskConfig config) {
    NewsdeskConfig.FetchSettings f = config.fetch();
    return new PoliteFetcher(guard(config), PoliteFetcher.Options.defaults()
        .withMaxConcurrentPerHost(f.perHostConcurrency())
        .withHostDelays(f.perHostDelay(), f.perHostMaxDelay()), java.time.Clock.systemUTC());
  }

  private UrlGuard guard(NewsdeskConfig config) {
    return new UrlGuard(allowPrivate || config.fetch().allowPrivateAddresses());
  }
}
