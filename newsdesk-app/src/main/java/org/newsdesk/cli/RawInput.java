package org.newsdesk.cli;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The bytes {@code newsdesk analyze} was given, before decoding, and what is known about them:
 * where they came from (for messages), whether only the first part was read ({@code cut}), the
 * charset to decode them with, the file name's extension and the server's media type, both of
 * which help tell HTML from text.
 */
record RawInput(
    String origin, byte[] bytes, boolean cut, long totalBytes, Charset charset,
    Optional<String> extension, Optional<String> mediaType) {}
