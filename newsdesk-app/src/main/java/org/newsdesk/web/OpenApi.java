package org.newsdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's OpenAPI 3.1 document, {@code web/openapi.json} on the classpath: written by hand
 * next to the routes; a test requests every path it documents and checks the answers.
 */
final class OpenApi {

  private static final String DOCUMENT = load();

  private OpenApi() {}

  static String document() {
    return DOCUMENT;
  }

  private static String load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/web/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("web/openapi.json is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
