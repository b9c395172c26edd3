package org.newsdesk.store;

import java.util.Optional;

/**
 * A page's bytes as they arrived (from the network or a file), kept so extraction can run again
 * later without another fetch. Stored gzip-compressed.
 *
 * @param charset the charset the server declared, if it declared one
 */
public record RawPage(String finalUrl, int status, Optional<String> mediaType,
    Optional<String> charset, byte[] body) {}
