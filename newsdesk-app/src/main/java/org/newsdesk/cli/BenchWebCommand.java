package org.newsdesk.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsdesk.bench.WebLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk bench web URL}: latency and throughput of one page under concurrent readers. */
@Command(name = "web", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Load one page of a running `newsdesk serve` (on this machine) with concurrent"
        + " readers, each on its own keep-alive connection, and print the latency percentiles"
        + " and requests per second.",
        "Example: newsdesk bench web http://127.0.0.1:8080/stories/191"})
final class BenchWebCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "URL", description = "The page, on a loopback address.")
  private URI url;

  @Option(names = {"-c", "--concurrency"}, paramLabel = "N", defaultValue = "200",
      description = "Concurrent readers (threads and connections; default ${DEFAULT-VALUE}).")
  private int concurrency;

  @Option(names = {"-d", "--duration"}, paramLabel = "SECONDS", defaultValue = "30",
      description = "Measured period (default ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
      description = "Load before measuring, not counted (default ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--gzip", description = "Ask for gzip as browsers do.")
  private boolean gzip;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    WebLoad.Options o;
    try {
      o = new WebLoad.Options(url, concurrency, Duration.ofSeconds(warmup),
          Duration.ofSeconds(seconds), gzip);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
    out.printf("GET %s · %d concurrent readers · %d s measured after %d s warm-up · gzip %s%n",
        url, concurrency, seconds, warmup, gzip ? "yes" : "no");
    out.flush();
    WebLoad.Result r;
    try {
      r = new WebLoad().run(o);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
    out.printf("%d requests, %d errors, %.0f req/s%n", r.requests(), r.errors(), r.perSecond());
    out.printf("latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        r.quantileMs(0.50), r.quantileMs(0.95), r.quantileMs(0.99), r.quantileMs(1.0));
    out.printf("p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.0f errors=%d concurrency=%d%n",
        r.quantileMs(0.50), r.quantileMs(0.95), r.quantileMs(0.99), r.perSecond(), r.errors(),
        concurrency);
    out.flush();
    return r.errors() == 0 ? ExitCode.OK.code() : ExitCode.IO.code();
  }
}
