package org.newsdesk.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A page as the server sent it: the URL asked for, the URL that answered after redirects, its
 * media type ("text/html", without parameters; empty when the server sent none), the charset its
 * Content-Type names (empty when it names none or one this JVM does not know, so that a reader can
 * tell a declared UTF-8 from a guess and look for a byte order mark or an XML or meta declaration)
 * and the body, decompressed.
 */
public record FetchedPage(
    URI requested, URI finalUri, int status, Optional<String> mediaType,
    Optional<Charset> charset, byte[] body) {

  /** The body decoded with the declared charset, or UTF-8; malformed bytes become U+FFFD. */
  public String text() {
    return new String(body, charset.orElse(StandardCharsets.UTF_8));
  }
}
