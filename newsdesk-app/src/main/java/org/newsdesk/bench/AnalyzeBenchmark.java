package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.analyze.ArticleInput;
import org.newsdesk.analyze.UnsupportedInputException;
import org.newsdesk.language.DetectedLanguage;
import org.newsdesk.language.LanguageDetector;

/**
 * Throughput and heap of our analyzer against the plain CoreNLP chain it replaces, on real news
 * bodies, in one run.
 *
 * <p>Run it (from the repository root; the baseline's coreference wants more than 3 GB):
 * <pre>
 *   JAVA_OPTS='-Xmx8g -XX:+UseG1GC' ./newsdesk bench analyze --threads 2
 *   ./newsdesk bench analyze --skip-baseline          # ours alone, at the default -Xmx3g
 * </pre>
 *
 * <p>The corpus is the Zyte article-extraction ground truth: a JSON object of id → {articleBody,
 * url}. Bodies that the {@link LanguageDetector} finds to be in another language than English are
 * left out for both contestants (and listed), so both analyze the same articles.
 *
 * <p>For each contestant, in turn (ours first, then the baseline, which needs far more heap):
 * collect garbage and reset the heap pools' peak usage; load the pipeline; warm it up on the
 * first few articles; then time all articles on a fixed pool of N threads sharing the one
 * pipeline. An article that throws is counted as failed and reported, and the run goes on.
 *
 * <p>What the figures mean: articles/s counts articles analyzed without failure per wall-clock
 * second. Tokens are the whitespace-separated words of the bodies, the same count for both
 * contestants, so tokens/s compare. Peak heap is the sum of the heap pools' peak usage since the
 * reset (load, warm-up and run; an upper bound, as the pools peak at different moments, and with
 * a throughput collector it reflects how far the heap was allowed to fill, not only what was
 * live). Live heap is what stays in use after a full collection at the end: the models and
 * whatever else the contestant holds.
 */
public final class AnalyzeBenchmark {

  /** Something that analyzes article bodies; thread-safe. */
  public interface Subject {
    void analyze(String body) throws Exception;
  }

  /** A contestant: its name and how to load it. */
  public record Contestant(String name, Supplier<Subject> loader) {}

  public record Options(Path corpus, int threads, int limit, int warmup, boolean skipBaseline) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1; got " + threads);
      }
      if (warmup < 0) {
        throw new IllegalArgumentException("warmup must be >= 0; got " + warmup);
      }
    }
  }

  /** An article of the corpus. */
  public record Article(String id, String body, int words) {}

  /** One contestant's figures; {@code error} is set when it could not run at all. */
  public record Result(String name, int articles, int failed, Map<String, Integer> failures,
      List<String> failureExamples, double loadSeconds, double seconds, long words,
      double peakHeapMb, double liveHeapMb, Optional<String> error) {

    public double articlesPerSecond() {
      return seconds == 0 ? 0 : (articles - failed) / seconds;
    }

    public double tokensPerSecond() {
      return seconds == 0 ? 0 : words / seconds;
    }
  }

  public static final String BASELINE_ANNOTATORS =
      "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final PrintWriter out;
  private final PrintWriter progress;

  /** @param out the table; @param progress what it is doing meanwhile (stderr) */
  public AnalyzeBenchmark(PrintWriter out, PrintWriter progress) {
    this.out = out;
    this.progress = progress;
  }

  /** Our analyzer, with its default options. */
  public static Contestant ours() {
    return new Contestant("newsdesk analyzer", () -> {
      Analyzer analyzer = new Analyzer(AnalyzerOptions.defaults());
      return body -> analyzer.analyze(ArticleInput.text(body, null));
    });
  }

  /** Stanford CoreNLP with the full chain news NLP usually reaches for, coreference included. */
  public static Contestant coreNlpBaseline() {
    return new Contestant("corenlp " + BASELINE_ANNOTATORS, () -> {
      java.util.Properties props = new java.util.Properties();
      props.setProperty("annotators", BASELINE_ANNOTATORS);
      StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
      return body -> pipeline.annotate(new Annotation(body));
    });
  }

  /** Runs the benchmark and prints the table; returns ours and, unless skipped, the baseline. */
  public List<Result> run(Options options) throws IOException {
    List<Article> articles = englishArticles(load(options.corpus()), options.limit());
    List<Contestant> contestants = new ArrayList<>(List.of(ours()));
    if (!options.skipBaseline()) {
      contestants.add(coreNlpBaseline());
    }
    List<Result> results = new ArrayList<>();
    for (Contestant c : contestants) {
      results.add(measure(c, articles, options));
    }
    report(results, options.threads());
    return results;
  }

  /** The corpus in file order. */
  public static List<Article> load(Path corpus) throws IOException {
    JsonNode root = new ObjectMapper().readTree(corpus.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(corpus + " is not a JSON object of id → {articleBody, url}");
    }
    List<Article> articles = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String body = e.getValue().path("articleBody").asText("");
      if (!body.isBlank()) {
        articles.add(new Article(e.getKey(), body, words(body)));
      }
    }
    return articles;
  }

  private List<Article> englishArticles(List<Article> all, int limit) {
    LanguageDetector detector = new LanguageDetector();
    List<Article> english = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (Article a : all) {
      Optional<DetectedLanguage> language = detector.detect(a.body());
      if (language.isPresent() && !language.get().isEnglish()) {
        skipped.merge(language.get().code(), 1, Integer::sum);
      } else if (limit <= 0 || english.size() < limit) {
        english.add(a);
      }
    }
    out.printf(Locale.ROOT, "corpus: %d bodies; %d not in English left out %s; benchmarking %d%n",
        all.size(), skipped.values().stream().mapToInt(Integer::intValue).sum(), skipped,
        english.size());
    out.flush();
    return english;
  }

  private Result measure(Contestant contestant, List<Article> articles, Options options) {
    String name = contestant.name();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    progress.printf("%s: loading…%n", name);
    progress.flush();
    long t0 = System.nanoTime();
    Subject subject;
    try {
      subject = contestant.loader().get();
    } catch (OutOfMemoryError e) {
      return failedToRun(name,
          "out of memory while loading; give Java more heap (JAVA_OPTS=-Xmx8g)");
    } catch (RuntimeException e) {
      return failedToRun(name, "cannot load: " + e);
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;

    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Article> warm = articles.subList(0, Math.min(options.warmup(), articles.size()));
      progress.printf("%s: loaded in %.1f s; warming up on %d articles…%n", name, loadSeconds,
          warm.size());
      progress.flush();
      runAll(pool, subject, warm, name, false);

      long start = System.nanoTime();
      List<Outcome> outcomes = runAll(pool, subject, articles, name, true);
      double seconds = (System.nanoTime() - start) / 1e9;

      double peakMb = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
      System.gc();
      double liveMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;

      Map<String, Integer> failures = new TreeMap<>();
      List<String> examples = new ArrayList<>();
      long words = 0;
      int failed = 0;
      for (int i = 0; i < outcomes.size(); i++) {
        Outcome o = outcomes.get(i);
        if (o.failure == null) {
          words += articles.get(i).words();
        } else {
          failed++;
          failures.merge(o.failure, 1, Integer::sum);
          if (examples.size() < 5) {
            String id = articles.get(i).id();
            examples.add(id.substring(0, Math.min(12, id.length())) + ": " + o.message);
          }
        }
      }
      return new Result(name, articles.size(), failed, failures, examples, loadSeconds, seconds,
          words, peakMb, liveMb, Optional.empty());
    } catch (OutOfMemoryError e) {
      return failedToRun(name, "out of memory; give Java more heap (JAVA_OPTS=-Xmx8g)");
    } finally {
      pool.shutdownNow();
    }
  }

  private record Outcome(String failure, String message) {}

  private List<Outcome> runAll(ExecutorService pool, Subject subject, List<Article> articles,
      String name, boolean timed) {
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, articles.size() / 10);
    long start = System.nanoTime();
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> {
        Outcome outcome = analyzeOne(subject, a);
        int n = done.incrementAndGet();
        if (timed && n % step == 0) {
          synchronized (progress) {
            progress.printf(Locale.ROOT, "%s: %d/%d articles, %.0f s%n", name, n, articles.size(),
                (System.nanoTime() - start) / 1e9);
            progress.flush();
          }
        }
        return outcome;
      }));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> f : futures) {
      try {
        outcomes.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
      }
    }
    return outcomes;
  }

  private static Outcome analyzeOne(Subject subject, Article article) {
    try {
      subject.analyze(article.body());
      return new Outcome(null, null);
    } catch (UnsupportedInputException e) {
      return new Outcome("UnsupportedInput/" + e.reason(), e.getMessage());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return new Outcome(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }
  }

  private static Result failedToRun(String name, String error) {
    System.gc();
    return new Result(name, 0, 0, Map.of(), List.of(), 0, 0, 0, 0, 0, Optional.of(error));
  }

  private void report(List<Result> results, int threads) {
    out.println();
    out.printf(Locale.ROOT, "%d thread%s, %s, max heap %.0f MB%n", threads,
        threads == 1 ? "" : "s", System.getProperty("java.vm.name") + " "
            + System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1e6);
    String header = String.format(Locale.ROOT, "%-62s %8s %6s %7s %8s %10s %9s %13s %13s",
        "analyzer", "articles", "failed", "load s", "seconds", "articles/s", "tokens/s",
        "peak heap MB", "live heap MB");
    out.println(header);
    for (Result r : results) {
      if (r.error().isPresent()) {
        out.printf(Locale.ROOT, "%-62s %s%n", r.name(), "did not run: " + r.error().get());
        continue;
      }
      out.printf(Locale.ROOT, "%-62s %8d %6d %7.1f %8.1f %10.2f %9.0f %13.0f %13.0f%n", r.name(),
          r.articles(), r.failed(), r.loadSeconds(), r.seconds(), r.articlesPerSecond(),
          r.tokensPerSecond(), r.peakHeapMb(), r.liveHeapMb());
    }
    for (Result r : results) {
      if (r.failed() > 0) {
        out.printf(Locale.ROOT, "%s: %d failed %s%n", r.name(), r.failed(), r.failures());
        r.failureExamples().forEach(x -> out.println("  " + x));
      }
    }
    out.println("tokens = whitespace-separated words of the analyzed bodies (the same count for"
        + " both); articles/s counts articles analyzed without failure.");

    Result ours = results.get(0);
    Optional<Result> baseline = results.size() > 1 && results.get(1).error().isEmpty()
        ? Optional.of(results.get(1)) : Optional.empty();
    String speedup = "na";
    if (baseline.isPresent() && ours.error().isEmpty() && baseline.get().articlesPerSecond() > 0) {
      double s = ours.articlesPerSecond() / baseline.get().articlesPerSecond();
      double heap = ours.peakHeapMb() / baseline.get().peakHeapMb();
      speedup = String.format(Locale.ROOT, "%.2f", s);
      out.printf(Locale.ROOT, "ours / baseline: articles/s ×%.2f, peak heap ×%.2f%n", s, heap);
    }
    out.printf(Locale.ROOT, "articles_per_s=%s peak_heap_mb=%s baseline_articles_per_s=%s"
            + " speedup=%s%n",
        ours.error().isEmpty() ? fmt(ours.articlesPerSecond()) : "na",
        ours.error().isEmpty() ? String.format(Locale.ROOT, "%.0f", ours.peakHeapMb()) : "na",
        baseline.map(b -> fmt(b.articlesPerSecond())).orElse("na"), speedup);
    out.flush();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static int words(String body) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); i++) {
      boolean space = Character.isWhitespace(body.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
