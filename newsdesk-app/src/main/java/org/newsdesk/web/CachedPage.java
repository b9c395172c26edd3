package org.newsdesk.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page held in memory as bytes, their gzip and a validator, so that serving it again
 * costs neither rendering, encoding, compressing nor hashing: each is done once per version of
 * the page instead of once per request.
 *
 * @param html the page, UTF-8
 * @param gzip the same bytes gzip-compressed (at the best level: it is paid once)
 * @param etag a weak entity tag (quoted): weak because the gzip and identity bodies share it
 */
record CachedPage(byte[] html, byte[] gzip, String etag) {

  static final String CONTENT_TYPE = "text/html; charset=utf-8";

  static CachedPage of(String html) {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    return new CachedPage(bytes, gzip(bytes), "W/\"" + digest(bytes) + "\"");
  }

  /**
   * The response: 304 when the browser already holds this version, else the gzip bytes when it
   * takes gzip, else the plain bytes. Browsers revalidate ({@code no-cache}) rather than keep a
   * page blind, so a joining article still shows at once.
   */
  void send(Context ctx) {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    if (HttpHeaders.matchesEtag(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(CONTENT_TYPE);
    byte[] body = html;
    if (HttpHeaders.acceptsGzip(ctx.header("Accept-Encoding"))) {
      // Javalin leaves a response alone that already names its encoding.
      ctx.header("Content-Encoding", "gzip");
      body = gzip;
    }
    // Written straight to the response rather than through ctx.result(), which copies every
    // result through a new 32 KB buffer: at 10,000 pages a second that buffer was most of the
    // garbage, and so of the collector's pauses. A known length also spares chunked encoding.
    ctx.res().setContentLength(body.length);
    try {
      ctx.outputStream().write(body);
    } catch (IOException e) {
      // The reader went away; nothing to tell it.
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String digest(byte[] bytes) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
