package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.PageCharset;

/**
 * Throughput and latency of the article extractor ({@link ArticleExtractor#extract(String,
 * String)}) on real news pages held in memory.
 *
 * <p>Run it (from the repository root):
 * <pre>
 *   ./newsdesk bench extract                       # 2 threads, 3 warm-up passes, 10 timed
 *   ./newsdesk bench extract --threads 1 --passes 20
 * </pre>
 *
 * <p>Figures (2 cores shared with other jobs, so wall-clock figures vary with their load): 2
 * threads 465–540 pages/s (80–94 MB/s, p50 2.2–2.7 ms, p99 19 ms) at quiet moments, under 100
 * when the cores are busy; 380–440 pages per worker CPU second; each page at its fastest 505–575
 * pages/s on one thread. Before the extractor was tuned with it: 290–375 pages/s, 270–310 pages
 * per CPU second, 385–430 at best.
 *
 * <p>The pages are the Zyte article-extraction benchmark's ({@code html/<id>.html.gz}, with their
 * URLs from {@code ground-truth.json} when it is there, since the extractor reads dates from URLs
 * and resolves links against them). Every page is read, gunzipped and decoded with
 * {@link PageCharset} before anything is timed, so the figures are the extractor's alone: no
 * disk, no gzip, no charset sniffing.
 *
 * <p>Then: a few untimed passes over all pages, to let the JIT compile the hot paths; a
 * collection and a reset of the heap pools' peaks; and N timed passes on a fixed pool of threads
 * sharing one extractor (it is stateless), the threads taking the next page of the next pass
 * from a shared counter so none idles while another has work.
 *
 * <p>What the figures mean: pages/s is pages extracted per wall-clock second over the timed
 * passes; MB/s is the pages' decompressed HTML bytes per second. Latencies are each page's own
 * time in {@code extract}, so with more threads than cores they include waiting for a core.
 * Peak heap is the sum of the heap pools' peak usage during the timed passes (an upper bound:
 * the pools peak at different moments, and it reflects how far the collector let the heap fill);
 * used heap is what remains after a full collection at the end, the pages included.
 */
public final class ExtractBenchmark {

  public record Options(Path corpus, int threads, int passes, int warmupPasses, int limit) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1; got " + threads);
      }
      if (passes < 1) {
        throw new IllegalArgumentException("passes must be >= 1; got " + passes);
      }
      if (warmupPasses < 0 || limit < 0) {
        throw new IllegalArgumentException(
            "warm-up passes and limit must be >= 0; got " + warmupPasses + " and " + limit);
      }
    }
  }

  /** A page of the corpus, decoded; {@code bytes} is the size of its decompressed HTML. */
  public record Page(String id, String url, String html, int bytes) {}

  /** The figures of the timed passes; latencies in milliseconds. */
  public record Result(int pages, int passes, int threads, int extracted, int failed,
      double seconds, double cpuSeconds, long bytes, double p50Ms, double p95Ms, double p99Ms,
      double maxMs, double bestPassMs, double peakHeapMb, double usedHeapMb) {

    public double pagesPerSecond() {
      return seconds == 0 ? 0 : extracted / seconds;
    }

    /**
     * Pages per second of the worker threads' own CPU time: steadier than pages/s when other
     * processes share the cores, though it leaves out the collector's threads.
     */
    public double pagesPerCpuSecond() {
      return cpuSeconds == 0 ? 0 : extracted / cpuSeconds;
    }

    /**
     * Pages per second of one thread were each page as fast as on its fastest pass: noise from
     * other processes only ever slows a page down, so this is the steadiest figure to compare
     * two versions of the extractor by, on a busy machine.
     */
    public double bestPagesPerThreadSecond() {
      return bestPassMs == 0 ? 0 : pages / (bestPassMs / 1e3);
    }

    public double megabytesPerSecond() {
      return seconds == 0 ? 0 : bytes / 1e6 / seconds;
    }

    /** The last line of {@code newsdesk bench extract}. */
    public String summaryLine() {
      return String.format(Locale.ROOT,
          "pages_per_s=%.1f pages_per_cpu_s=%.1f best_pages_per_thread_s=%.1f mb_per_s=%.2f"
              + " p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f peak_heap_mb=%.0f threads=%d",
          pagesPerSecond(), pagesPerCpuSecond(), bestPagesPerThreadSecond(), megabytesPerSecond(),
          p50Ms, p95Ms, p99Ms, peakHeapMb, threads);
    }
  }

  private final ArticleExtractor extractor;
  private final PrintWriter progress;

  /** @param progress what it is doing meanwhile (stderr) */
  public ExtractBenchmark(ArticleExtractor extractor, PrintWriter progress) {
    this.extractor = extractor;
    this.progress = progress;
  }

  /** Loads the pages of {@code options.corpus()}, then warms up and times the extractor. */
  public Result run(Options options) throws IOException {
    List<Page> pages = load(options.corpus(), options.limit());
    if (pages.isEmpty()) {
      throw new IOException("no pages in " + options.corpus().resolve("html"));
    }
    return measure(pages, options);
  }

  /**
   * The pages of a Zyte-style benchmark directory, in file-name order: {@code html/*.html.gz} or
   * {@code html/*.html}, decoded; their URLs from {@code ground-truth.json}, when present.
   */
  public static List<Page> load(Path corpus, int limit) throws IOException {
    Map<String, String> urls = urls(corpus.resolve("ground-truth.json"));
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpus.resolve("html"))) {
      files = listing.filter(p -> p.getFileName().toString().matches(".*\\.html(\\.gz)?"))
          .sorted().toList();
    }
    List<Page> pages = new ArrayList<>();
    for (Path file : files) {
      if (limit > 0 && pages.size() >= limit) {
        break;
      }
      String name = file.getFileName().toString();
      String id = name.substring(0, name.indexOf(".html"));
      byte[] bytes = read(file);
      pages.add(new Page(id, urls.get(id), PageCharset.decode(bytes, Optional.empty()),
          bytes.length));
    }
    return pages;
  }

  private static Map<String, String> urls(Path groundTruth) throws IOException {
    if (!Files.isRegularFile(groundTruth)) {
      return Map.of();
    }
    Map<String, String> urls = new java.util.HashMap<>();
    JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String url = e.getValue().path("url").asText(null);
      if (url != null) {
        urls.put(e.getKey(), url);
      }
    }
    return urls;
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  /** Warms up and times the extractor on pages already in memory. */
  public Result measure(List<Page> pages, Options options) {
    long totalBytes = pages.stream().mapToLong(Page::bytes).sum();
    progress.printf(Locale.ROOT, "extract: %d pages, %.1f MB of HTML in memory; %d warm-up"
        + " passes…%n", pages.size(), totalBytes / 1e6, options.warmupPasses());
    progress.flush();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      runPasses(pool, options.threads(), pages, new long[pages.size() * options.warmupPasses()]);
      System.gc();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      progress.printf(Locale.ROOT, "extract: timing %d passes on %d thread%s…%n",
          options.passes(), options.threads(), options.threads() == 1 ? "" : "s");
      progress.flush();

      long[] nanos = new long[pages.size() * options.passes()];
      long start = System.nanoTime();
      long cpuNanos = runPasses(pool, options.threads(), pages, nanos);
      double seconds = (System.nanoTime() - start) / 1e9;

      double peakMb = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
      System.gc();
      double usedMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;

      int failed = (int) Arrays.stream(nanos).filter(n -> n < 0).count();
      long[] latencies = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
      return new Result(pages.size(), options.passes(), options.threads(), latencies.length,
          failed, seconds, cpuNanos / 1e9, totalBytes * options.passes(),
          percentileMs(latencies, 50), percentileMs(latencies, 95), percentileMs(latencies, 99),
          percentileMs(latencies, 100), bestPassMs(nanos, pages.size()), peakMb, usedMb);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Extracts every page as many times as {@code nanos} has room for, page after page, putting
   * each extraction's nanoseconds in {@code nanos}, or -1 where the extractor threw (it should
   * not, so the run goes on and the failure is counted). Returns the workers' CPU nanoseconds.
   */
  private long runPasses(ExecutorService pool, int threads, List<Page> pages, long[] nanos) {
    int total = nanos.length;
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> workers = new ArrayList<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        long cpu0 = cpu.getCurrentThreadCpuTime();
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          Page page = pages.get(i % pages.size());
          long t0 = System.nanoTime();
          try {
            extractor.extract(page.html(), page.url());
            nanos[i] = System.nanoTime() - t0;
          } catch (RuntimeException | StackOverflowError e) {
            nanos[i] = -1;
          }
        }
        return cpu.getCurrentThreadCpuTime() - cpu0;
      }));
    }
    long cpuNanos = 0;
    for (Future<Long> w : workers) {
      try {
        cpuNanos += w.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark worker failed: " + e.getCause(), e.getCause());
      }
    }
    return cpuNanos;
  }

  /** The sum over the pages of each one's fastest extraction, in milliseconds. */
  static double bestPassMs(long[] nanos, int pages) {
    long[] best = new long[pages];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int i = 0; i < nanos.length; i++) {
      if (nanos[i] >= 0) {
        best[i % pages] = Math.min(best[i % pages], nanos[i]);
      }
    }
    return Arrays.stream(best).filter(n -> n != Long.MAX_VALUE).sum() / 1e6;
  }

  /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentileMs(long[] sortedNanos, double percentile) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
  }

  /** Prints the figures; the last line is {@link Result#summaryLine()}. */
  public static void report(Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "%d pages × %d passes on %d thread%s, %s %s, max heap %.0f MB,"
            + " %d cores%n", r.pages(), r.passes(), r.threads(), r.threads() == 1 ? "" : "s",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "extracted %d (failed %d) in %.2f s: %.1f pages/s, %.2f MB/s;"
            + " %.2f s of the workers' CPU, %.1f pages per CPU second%n", r.extracted(),
        r.failed(), r.seconds(), r.pagesPerSecond(), r.megabytesPerSecond(), r.cpuSeconds(),
        r.pagesPerCpuSecond());
    out.printf(Locale.ROOT, "latency per page: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
        + " max %.2f ms%n", r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs());
    out.printf(Locale.ROOT, "each page at its fastest: %.1f ms a pass, %.1f pages/s per thread%n",
        r.bestPassMs(), r.bestPagesPerThreadSecond());
    out.printf(Locale.ROOT, "heap: peak %.0f MB during the timed passes, %.0f MB used after"
        + " a full collection%n", r.peakHeapMb(), r.usedHeapMb());
    out.println(r.summaryLine());
    out.flush();
  }
}
