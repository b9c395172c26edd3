package org.newsdesk.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web page politely and defensively: a real User-Agent, bounded time (connect timeout,
 * and a deadline for headers plus body), a body cap that aborts the read instead of buffering a
 * huge or endless response, compressed transfer with the same cap on the decompressed size (a
 * small gzip can inflate to gigabytes), and redirects followed by hand so that every hop goes
 * through the {@link UrlGuard} (a public URL must not redirect us into the private network).
 *
 * <p>This class fetches one URL when told to; {@link PoliteFetcher} adds robots.txt, per-host
 * pacing, conditional requests and retry times for fetching many URLs from many hosts.
 *
 * <p>Thread-safe; one instance can serve many fetches (it holds one {@link HttpClient}).
 */
public final class PageFetcher {

  public static final String USER_AGENT = "Newsdesk/0.1 (+https://github.com/newsdesk)";

  private static final String ANY_PAGE =
      "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

  /** How long and how much a fetch may take. */
  public record Limits(Duration connectTimeout, Duration readTimeout, int maxRedirects,
      long maxBodyBytes) {

    public static Limits defaults() {
      return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 10L * 1024 * 1024);
    }

    public Limits {
      if (maxRedirects < 0) {
        throw new IllegalArgumentException("maxRedirects must be >= 0; got " + maxRedirects);
      }
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be >= 1; got " + maxBodyBytes);
      }
    }
  }

  private final UrlGuard guard;
  private final Limits limits;
  private final HttpClient client;

  public PageFetcher(UrlGuard guard, Limits limits) {
    this.guard = guard;
    this.limits = limits;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(limits.connectTimeout())
        .build();
  }

  /**
   * GETs {@code uri}, following up to {@link Limits#maxRedirects} redirects.
   *
   * @throws FetchException naming the URL, when the page cannot be had
   */
  public FetchedPage fetch(URI uri) throws FetchException {
    Answer answer = exchange(uri, CacheValidators.none(), ANY_PAGE);
    int status = answer.status();
    if (status < 200 || status > 299) {
      throw new FetchException(FetchException.Problem.HTTP_STATUS, answer.finalUri(),
          "cannot fetch " + answer.finalUri() + ": the server answered " + status
              + reasonPhrase(status));
    }
    return answer.page();
  }

  /**
   * The last answer of a fetch, after redirects: its status (any but a redirect), headers, and
   * for a 2xx status the decompressed body (empty otherwise: error pages are not read).
   */
  record Answer(URI requested, URI finalUri, int status, HttpHeaders headers, byte[] body) {

    FetchedPage page() {
      Optional<String> contentType = headers.firstValue("content-type");
      return new FetchedPage(requested, finalUri, status, contentType.map(PageFetcher::mediaType),
          contentType.flatMap(PageFetcher::charset), body);
    }
  }

  /**
   * GETs {@code uri} with conditional headers from {@code validators}, following redirects, and
   * returns whatever non-redirect status the server ends with; the caller decides what a 304, 404
   * or 503 means to it.
   *
   * @throws FetchException when no usable answer came: refused by the guard, network trouble,
   *     too many redirects or a loop, a body over the cap, a body that does not decompress
   */
  Answer exchange(URI uri, CacheValidators validators, String accept) throws FetchException {
    URI current = uri;
    Set<URI> visited = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      guard.check(current);
      visited.add(current);
      HttpResponse<byte[]> response = get(current, validators, accept);
      int status = response.statusCode();
      if (isRedirect(status)) {
        if (redirects == limits.maxRedirects()) {
          throw new FetchException(FetchException.Problem.TOO_MANY_REDIRECTS, uri,
              "cannot fetch " + uri + ": more than " + limits.maxRedirects() + " redirects");
        }
        URI next = redirectTarget(current, status, response.headers());
        if (visited.contains(next)) {
          throw new FetchException(FetchException.Problem.TOO_MANY_REDIRECTS, uri,
              "cannot fetch " + uri + ": redirect loop (" + current + " redirects back to "
                  + next + ")");
        }
        current = next;
        continue;
      }
      byte[] body = response.body();
      if (body.length > 0) {
        body = BodyDecompressor.decode(body, response.headers().allValues("content-encoding"),
            limits.maxBodyBytes(), current);
      }
      return new Answer(uri, current, status, response.headers(), body);
    }
  }

  private HttpResponse<byte[]> get(URI uri, CacheValidators validators, String accept)
      throws FetchException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .GET()
        .header("User-Agent", USER_AGENT)
        .header("Accept", accept)
        .header("Accept-Encoding", BodyDecompressor.ACCEPT_ENCODING)
        .timeout(limits.readTimeout());
    validators.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
    validators.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
    HttpRequest request = builder.build();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      if (info.statusCode() < 200 || info.statusCode() > 299) {
        // Error pages and redirect bodies are not read.
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
      return new CappedBody(limits.maxBodyBytes(), declared);
    });
    try {
      // The request timeout covers the headers only; this deadline covers the body as well.
      return future.get(limits.readTimeout().toMillis() + limits.connectTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(FetchException.Problem.NETWORK, uri,
          "cannot fetch " + uri + ": no complete answer within "
              + limits.readTimeout().toSeconds() + " s", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Problem.NETWORK, uri,
          "cannot fetch " + uri + ": interrupted", e);
    } catch (ExecutionException e) {
      throw translate(uri, e.getCause());
    }
  }

  private FetchException translate(URI uri, Throwable cause) {
    // The HTTP client wraps the subscriber's failure in an IOException; find ours.
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge) {
        return new FetchException(FetchException.Problem.TOO_LARGE, uri,
            "cannot fetch " + uri + ": the page is larger than "
                + megabytes(limits.maxBodyBytes()) + "; stopped reading", cause);
      }
    }
    String what;
    if (cause instanceof HttpConnectTimeoutException) {
      what = "no connection within " + limits.connectTimeout().toSeconds() + " s";
    } else if (cause instanceof HttpTimeoutException) {
      what = "no answer within " + limits.readTimeout().toSeconds() + " s";
    } else if (cause instanceof ConnectException) {
      what = "connection refused";
    } else if (cause instanceof IOException && cause.getMessage() != null) {
      what = cause.getMessage();
    } else {
      what = cause.toString();
    }
    return new FetchException(FetchException.Problem.NETWORK, uri,
        "cannot fetch " + uri + ": " + what, cause);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI redirectTarget(URI from, int status, HttpHeaders headers)
      throws FetchException {
    String location = headers.firstValue("location").orElseThrow(() -> new FetchException(
        FetchException.Problem.HTTP_STATUS, from,
        "cannot fetch " + from + ": redirect " + status + " without a Location header"));
    try {
      return from.resolve(new URI(location.strip()));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(FetchException.Problem.HTTP_STATUS, from,
          "cannot fetch " + from + ": redirect to a malformed URL: " + location, e);
    }
  }

  /** "text/html" of "text/html; charset=utf-8". */
  static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The charset a Content-Type header names, if it names one this JVM knows. */
  static Optional<Charset> charset(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
          name = name.substring(1, name.length() - 1);
        }
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  private static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("body larger than the cap");
    }
  }

  /** Collects the body, and cancels the download as soon as it passes the cap. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long max;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long max, long declared) {
      this.max = max;
      this.declared = declared;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > max) {
        s.cancel();
        result.completeExceptionally(new BodyTooLarge());
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (bytes.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
