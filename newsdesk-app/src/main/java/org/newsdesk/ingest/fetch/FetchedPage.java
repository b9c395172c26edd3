package org.newsdesk.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A page as the server sent it: the URL asked for, the URL that answered after redirects, its
 * media type ("text/html", without parameters; empty when the server sent none), the charset its
 * Content-Type names (UTF-8 when it names none or one this JVM does not know) and the raw body.
 */
public record FetchedPage(
    URI requested, URI finalUri, int status, Optional<String> mediaType, Charset charset,
    byte[] body) {

  /** The body decoded with {@link #charset}; malformed bytes become U+FFFD. */
  public String text() {
    return new String(body, charset);
  }
}
