package org.newsdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from {@code newsdesk serve} to its first page served: the command started as a child
 * process (as a user would), its home page polled every 20 ms until it answers 200. The NLP
 * models load behind the page, so they are not in this figure; PostgreSQL's start is.
 */
public final class StartupBenchmark {

  /** One run: milliseconds to the first 200 from {@code /}. */
  public record Run(long firstPageMs, boolean freshDataDir) {}

  public List<Run> run(Path dataDir, int runs, boolean fresh) throws IOException,
      InterruptedException {
    List<Run> out = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    for (int i = 0; i < runs; i++) {
      Path data = fresh ? java.nio.file.Files.createTempDirectory("newsdesk-startup") : dataDir;
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      long start = System.nanoTime();
      Process p = new ProcessBuilder(java, "-Xmx3g", "-XX:+UseG1GC", "-cp",
          System.getProperty("java.class.path"), "org.newsdesk.cli.NewsdeskCli", "serve",
          "--data", data.toString(), "--port", Integer.toString(port), "--no-default-sources")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      long firstPage = -1;
      try {
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120) && p.isAlive()) {
          try {
            if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
              firstPage = (System.nanoTime() - start) / 1_000_000;
              break;
            }
          } catch (IOException notYet) {
            // not listening yet
          }
          Thread.sleep(20);
        }
      } finally {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      out.add(new Run(firstPage, fresh));
    }
    return out;
  }
}
