package org.newsdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.newsdesk.web.security.WebSecurity;

/** Web security in a throw-away folder, for servers started by tests. */
public final class TestSecurity {

  public static final String ADMIN_PASSWORD = "correct horse battery staple";

  private TestSecurity() {}

  public static WebSecurity open() {
    try {
      return WebSecurity.open(Files.createTempDirectory("newsdesk-web-security"),
          WebSecurity.Settings.of(Optional.empty(), Optional.of(ADMIN_PASSWORD)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
