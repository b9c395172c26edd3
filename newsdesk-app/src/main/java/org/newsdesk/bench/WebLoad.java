package org.newsdesk.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load on one page of a running Newsdesk: {@code concurrency} threads, each on its
 * own keep-alive connection, send the next GET as soon as the last answer is read, for a warm-up
 * (not counted, so the JIT and the page cache settle) and then for the measured period. Only
 * loopback servers are allowed: it is a benchmark of this machine's server, not a load tool.
 */
public final class WebLoad {

  /**
   * @param gzip send {@code Accept-Encoding: gzip} as browsers do (the server then sends its
   *     compressed bytes; the client does not inflate them)
   */
  public record Options(URI url, int concurrency, Duration warmup, Duration duration,
      boolean gzip) {

    public Options {
      if (concurrency < 1 || concurrency > 2000) {
        throw new IllegalArgumentException("concurrency must be 1..2000; got " + concurrency);
      }
      if (duration.isNegative() || duration.isZero() || duration.toMinutes() > 10
          || warmup.isNegative() || warmup.toMinutes() > 10) {
        throw new IllegalArgumentException("duration must be 1 s..10 min, warm-up 0..10 min");
      }
    }
  }

  /** What the measured period saw; latencies in nanoseconds, sorted. */
  public record Result(long requests, long errors, Duration elapsed, long[] latencies) {

    public double perSecond() {
      return requests * 1e9 / elapsed.toNanos();
    }

    /** The {@code q} quantile (0..1) in milliseconds, nearest rank; 0 with no requests. */
    public double quantileMs(double q) {
      if (latencies.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(q * latencies.length);
      return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
    }
  }

  public Result run(Options o) throws IOException, InterruptedException {
    requireLoopback(o.url());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder b = HttpRequest.newBuilder(o.url()).timeout(Duration.ofSeconds(30)).GET();
    if (o.gzip()) {
      b.header("Accept-Encoding", "gzip");
    }
    HttpRequest request = b.build();
    long start = System.nanoTime();
    long measureFrom = start + o.warmup().toNanos();
    long end = measureFrom + o.duration().toNanos();
    AtomicLong errors = new AtomicLong();
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < o.concurrency(); i++) {
      Worker w = new Worker(client, request, measureFrom, end, errors);
      w.thread.start();
      workers.add(w);
    }
    for (Worker w : workers) {
      w.thread.join();
    }
    long total = workers.stream().mapToLong(w -> w.count).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), Duration.ofNanos(end - measureFrom), all);
  }

  private static void requireLoopback(URI url) throws IOException {
    if (url.getHost() == null || !"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("an http:// URL is needed; got " + url);
    }
    for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
      if (!a.isLoopbackAddress()) {
        throw new IllegalArgumentException("only a server on this machine (loopback) can be"
            + " benchmarked; " + url.getHost() + " is " + a.getHostAddress());
      }
    }
  }

  /** One connection's loop; keeps its own latencies so the threads share nothing hot. */
  private static final class Worker implements Runnable {
    final Thread thread;
    private final HttpClient client;
    private final HttpRequest request;
    private final long measureFrom;
    private final long end;
    private final AtomicLong errors;
    long[] latencies = new long[1024];
    int count;

    Worker(HttpClient client, HttpRequest request, long measureFrom, long end,
        AtomicLong errors) {
      this.client = client;
      this.request = request;
      this.measureFrom = measureFrom;
      this.end = end;
      this.errors = errors;
      this.thread = new Thread(this, "bench-web");
      this.thread.setDaemon(true);
    }

    @Override
    public void run() {
      long now = System.nanoTime();
      while (now < end) {
        long sent = now;
        boolean ok;
        try {
          HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
          ok = r.statusCode() == 200 || r.statusCode() == 304;
        } catch (IOException e) {
          ok = false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        now = System.nanoTime();
        if (sent >= measureFrom && now <= end) {
          if (!ok) {
            errors.incrementAndGet();
          }
          record(now - sent);
        }
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }
  }
}
