package org.newsdesk.web;

import java.util.List;
import java.util.Map;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.SourceHealth;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.Stage;
import org.newsdesk.store.WorkQueue;

/**
 * The line at the top of the home page that says what the service is doing, so that a first
 * start shows progress, and a machine without network says so plainly and points to files.
 */
final class HomeStatus {

  private final SourceStore sources;
  private final ArticleStore articles;
  private final WorkQueue queue;

  HomeStatus(SourceStore sources, ArticleStore articles, WorkQueue queue) {
    this.sources = sources;
    this.articles = articles;
    this.queue = queue;
  }

  String line() {
    List<SourceHealth> all = sources.health();
    Map<String, Integer> states = articles.countByState();
    Map<Stage, Integer> backlog = queue.backlog();
    int waiting = backlog.values().stream().mapToInt(Integer::intValue).sum();
    int done = states.getOrDefault("done", 0);
    long read = all.stream().filter(h -> h.source().lastSuccessAt().isPresent()).count();
    long failing = all.stream().filter(h -> h.source().consecutiveFailures() > 0).count();
    if (done == 0 && !all.isEmpty() && read == 0 && failing == all.size()) {
      String error = all.get(0).source().lastError().orElse("");
      return "No news feed could be reached from this machine (for example: " + error
          + "). If it has no network, load articles from a file instead:"
          + " ./newsdesk ingest articles.jsonl — JSON Lines of {title, published, url, source,"
          + " text|html}.";
    }
    if (done == 0 && !all.isEmpty()) {
      return "Starting: " + read + " of " + all.size() + " sources read so far, " + waiting
          + " articles on their way (fetching, extracting, analyzing). This page fills as they"
          + " arrive.";
    }
    if (waiting > 0) {
      return waiting + " new articles on their way: " + backlog.get(Stage.FETCH) + " to fetch, "
          + backlog.get(Stage.EXTRACT) + " to extract, " + backlog.get(Stage.ANALYZE)
          + " to analyze.";
    }
    return "";
  }
}
