package org.newsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsdesk.ingest.fetch.FetchException;
import org.newsdesk.ingest.fetch.FetchedPage;
import org.newsdesk.ingest.fetch.PageFetcher;
import org.newsdesk.ingest.fetch.UrlGuard;

/**
 * Reads the input of {@code newsdesk analyze}: a file, standard input ({@code -}) or an http(s)
 * URL, as bytes and bounded: a file or stream larger than {@link #MAX_BYTES} is read only that
 * far (the analyzer looks at the first tens of thousands of characters anyway), a web page larger
 * than the fetcher's cap is refused.
 */
final class InputReader {

  static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

  private final InputStream stdin;

  InputReader(InputStream stdin) {
    this.stdin = stdin;
  }

  RawInput read(String source, boolean allowPrivateAddresses) throws IOException, FetchException {
    if (source.equals("-")) {
      return bounded("standard input", stdin, -1, Optional.empty());
    }
    if (URL.matcher(source).matches()) {
      return fetch(source, allowPrivateAddresses);
    }
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      throw new CommandFailure(ExitCode.NO_INPUT, source + " is a directory, not a file");
    }
    long size = Files.exists(path) ? Files.size(path) : -1;
    try (InputStream in = Files.newInputStream(path)) {
      return bounded(source, in, size, extension(path.getFileName().toString()));
    }
  }

  private static RawInput bounded(String origin, InputStream in, long size,
      Optional<String> extension) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    boolean cut = bytes.length > MAX_BYTES;
    if (cut) {
      bytes = Arrays.copyOf(bytes, MAX_BYTES);
    }
    return new RawInput(origin, bytes, cut, cut ? size : bytes.length, StandardCharsets.UTF_8,
        extension, Optional.empty());
  }

  private static RawInput fetch(String source, boolean allowPrivateAddresses)
      throws FetchException {
    URI uri;
    try {
      uri = new URI(source);
    } catch (URISyntaxException e) {
      throw new CommandFailure(ExitCode.USAGE, "not a valid URL: " + source + " (" + e.getReason()
          + ")");
    }
    PageFetcher fetcher = new PageFetcher(new UrlGuard(allowPrivateAddresses),
        PageFetcher.Limits.defaults());
    FetchedPage page = fetcher.fetch(uri);
    String path = page.finalUri().getPath() == null ? "" : page.finalUri().getPath();
    int slash = path.lastIndexOf('/');
    return new RawInput(page.finalUri().toString(), page.body(), false, page.body().length,
        page.charset().orElse(StandardCharsets.UTF_8), extension(path.substring(slash + 1)),
        page.mediaType());
  }

  /** "html" of "page.HTML"; empty when the name has no extension. */
  static Optional<String> extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 || dot == fileName.length() - 1
        ? Optional.empty()
        : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
