package org.newsdesk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsdesk.story.StoryDecision;
import org.newsdesk.story.StoryGrouper;
import org.newsdesk.story.StoryOptions;

/**
 * Scores the online story grouper against a labelled stream.
 *
 * <p>Run: {@code ./newsdesk eval stories ../shared/data/ecbplus-stories/ecbplus.jsonl} or
 * {@code ./newsdesk eval stories ../shared/data/uci-news-aggregator-first6366/uci-news-aggregator.first6366.csv}
 * ({@code --misses} lists every confusion).
 *
 * <p>The articles go one by one, in stream order, through {@link StoryGrouper#add} — the service's
 * code path — and the stories it returns, after following the merges it reports ({@link
 * StoryDecision#absorbed()}: the service moves an absorbed story's articles to the survivor), are scored with {@link ClusterScores} (BCubed and
 * pairwise). Confusions are listed by story: a gold story split over several predicted ones, and a
 * predicted story that merges gold stories (marked "same topic" when they share a topic: in ECB+
 * those are the two events of one kind that the set was built to confuse).
 */
public final class StoryEvaluation {

  /** Confusions printed without {@code --misses}. */
  static final int BRIEF = 10;

  public record Result(int articles, int goldStories, int predictedStories, ClusterScores scores, long millis,
      int splitGold, int mergingStories, int sameTopicMerges) {}

  public Result run(Path file, StoryOptions options, PrintWriter out, boolean misses) throws IOException {
    List<LabelledArticle> articles = LabelledArticles.read(file);
    long start = System.nanoTime();
    StoryGrouper grouper = new StoryGrouper(options);
    List<String> assigned = new ArrayList<>(articles.size());
    Map<String, String> mergedInto = new java.util.HashMap<>();
    int mergeCount = 0;
    for (LabelledArticle a : articles) {
      StoryDecision d = grouper.add(a.input());
      assigned.add(d.storyId());
      for (String gone : d.absorbed()) {
        mergedInto.put(gone, d.storyId());
        mergeCount++;
      }
    }
    // An article's story is the one its story was last merged into, as the service moves them.
    List<String> predicted = new ArrayList<>(articles.size());
    for (String id : assigned) {
      String s = id;
      for (String next = mergedInto.get(s); next != null; next = mergedInto.get(s)) {
        s = next;
      }
      predicted.add(s);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<String> gold = articles.stream().map(LabelledArticle::cluster).toList();
    ClusterScores s = ClusterScores.of(gold, predicted);

    Map<String, Map<String, Integer>> goldToPredicted = crossCounts(gold, predicted);
    Map<String, Map<String, Integer>> predictedToGold = crossCounts(predicted, gold);
    Map<String, String> topicOf = new LinkedHashMap<>();
    articles.forEach(a -> topicOf.putIfAbsent(a.cluster(), a.topic()));

    List<Confusion> splits = new ArrayList<>();
    goldToPredicted.forEach((g, parts) -> {
      if (parts.size() > 1) {
        splits.add(new Confusion(stray(parts), "split  gold " + g + " (" + total(parts) + ") over " + parts.size()
            + " stories: " + describe(parts)));
      }
    });
    List<Confusion> merges = new ArrayList<>();
    int sameTopic = 0;
    for (Map.Entry<String, Map<String, Integer>> e : predictedToGold.entrySet()) {
      Map<String, Integer> parts = e.getValue();
      if (parts.size() < 2) {
        continue;
      }
      long topics = parts.keySet().stream().map(topicOf::get).filter(Objects::nonNull).distinct().count();
      boolean withinTopic = topics == 1 && topicOf.get(parts.keySet().iterator().next()) != null;
      sameTopic += withinTopic ? 1 : 0;
      merges.add(new Confusion(stray(parts), "merge  story " + e.getKey() + " (" + total(parts) + ") holds "
          + parts.size() + " gold stories" + (withinTopic ? " of one topic: " : ": ") + describe(parts)));
    }

    long undated = articles.stream().filter(a -> a.input().published() == null).count();
    out.printf(Locale.ROOT, "articles=%d undated=%d gold_stories=%d predicted_stories=%d merges=%d time=%.2fs%n",
        articles.size(), undated, goldToPredicted.size(), predictedToGold.size(), mergeCount, millis / 1000.0);
    out.printf(Locale.ROOT, "bcubed   precision=%.3f recall=%.3f f1=%.3f%n", s.precision(), s.recall(), s.f1());
    out.printf(Locale.ROOT, "pairwise precision=%.3f recall=%.3f f1=%.3f%n", s.pairwisePrecision(),
        s.pairwiseRecall(), s.pairwiseF1());
    out.printf(Locale.ROOT, "confusions: %d of %d gold stories split; %d predicted stories merge gold stories"
        + " (%d within one topic)%n", splits.size(), goldToPredicted.size(), merges.size(), sameTopic);
    print(out, merges, misses);
    print(out, splits, misses);
    out.printf(Locale.ROOT, "f1=%.3f precision=%.3f recall=%.3f pairwise_f1=%.3f%n", s.f1(), s.precision(),
        s.recall(), s.pairwiseF1());
    out.flush();
    return new Result(articles.size(), goldToPredicted.size(), predictedToGold.size(), s, millis, splits.size(),
        merges.size(), sameTopic);
  }

  /** A confusion and its weight: the articles outside its biggest part. */
  private record Confusion(int stray, String line) {}

  /** Biggest confusions first; all of them with {@code misses}. */
  private static void print(PrintWriter out, List<Confusion> confusions, boolean misses) {
    List<String> lines = confusions.stream().sorted(Comparator.comparingInt(Confusion::stray).reversed())
        .map(Confusion::line).toList();
    int limit = misses ? lines.size() : Math.min(BRIEF, lines.size());
    for (String line : lines.subList(0, limit)) {
      out.println("  " + line);
    }
    if (limit < lines.size()) {
      out.println("  … " + (lines.size() - limit) + " more (--misses lists them)");
    }
  }

  private static Map<String, Map<String, Integer>> crossCounts(List<String> from, List<String> to) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (int i = 0; i < from.size(); i++) {
      counts.computeIfAbsent(from.get(i), k -> new TreeMap<>()).merge(to.get(i), 1, Integer::sum);
    }
    return counts;
  }

  private static int stray(Map<String, Integer> parts) {
    return total(parts) - parts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static int total(Map<String, Integer> parts) {
    return parts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String describe(Map<String, Integer> parts) {
    return parts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
  }
}
