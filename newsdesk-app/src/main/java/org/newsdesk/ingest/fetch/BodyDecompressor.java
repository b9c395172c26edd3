package org.newsdesk.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the Content-Encoding of a body we asked to have compressed. The cap applies to what comes
 * out, not what went in: a few kilobytes of gzip can inflate to gigabytes (a "zip bomb"), so the
 * output is counted as it is produced and the read stops at the first byte past the cap.
 */
final class BodyDecompressor {

  /** What we tell servers we can undo; br and zstd would need a library. */
  static final String ACCEPT_ENCODING = "gzip, deflate";

  private BodyDecompressor() {}

  /**
   * {@code body} with every coding in {@code contentEncoding} undone (codings are listed in the
   * order they were applied, so they are undone last first).
   *
   * @throws FetchException {@code TOO_LARGE} past {@code max} decompressed bytes,
   *     {@code HTTP_STATUS} for a coding we did not offer or data that does not decompress
   */
  static byte[] decode(byte[] body, List<String> contentEncoding, long max, URI uri)
      throws FetchException {
    List<String> codings = new ArrayList<>();
    for (String header : contentEncoding) {
      for (String coding : header.split(",")) {
        String c = coding.strip().toLowerCase(Locale.ROOT);
        if (!c.isEmpty() && !c.equals("identity")) {
          codings.add(c);
        }
      }
    }
    byte[] result = body;
    for (int i = codings.size() - 1; i >= 0; i--) {
      result = undo(codings.get(i), result, max, uri);
    }
    return result;
  }

  private static byte[] undo(String coding, byte[] data, long max, URI uri)
      throws FetchException {
    try {
      switch (coding) {
        case "gzip", "x-gzip" -> {
          return capped(new GZIPInputStream(new ByteArrayInputStream(data)), max, uri);
        }
        case "deflate" -> {
          // "deflate" means zlib-wrapped (RFC 9110), but some servers send raw deflate.
          boolean zlib = data.length >= 2 && (data[0] & 0x0f) == 8
              && ((data[0] & 0xff) << 8 | (data[1] & 0xff)) % 31 == 0;
          return capped(new InflaterInputStream(new ByteArrayInputStream(data),
              new Inflater(!zlib)), max, uri);
        }
        default -> throw new FetchException(FetchException.Problem.HTTP_STATUS, uri,
            "cannot fetch " + uri + ": the server sent Content-Encoding " + coding
                + ", which we did not ask for");
      }
    } catch (IOException e) {
      throw new FetchException(FetchException.Problem.HTTP_STATUS, uri,
          "cannot fetch " + uri + ": the " + coding + " body does not decompress ("
              + e.getMessage() + ")", e);
    }
  }

  private static byte[] capped(InputStream in, long max, URI uri)
      throws IOException, FetchException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > max) {
          throw new FetchException(FetchException.Problem.TOO_LARGE, uri,
              "cannot fetch " + uri + ": the page decompresses to more than "
                  + PageFetcher.megabytes(max) + "; stopped reading");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
