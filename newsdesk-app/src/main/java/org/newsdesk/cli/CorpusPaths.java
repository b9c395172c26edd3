package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Labelled data sets live beside the repository in {@code ../shared/}; their default paths are
 * relative to the repository root, which the launcher exports as NEWSDESK_HOME so that the
 * commands find them from any directory.
 */
final class CorpusPaths {

  private CorpusPaths() {}

  static Path fromRepositoryRoot(String relative) {
    String home = System.getenv("NEWSDESK_HOME");
    Path path = Path.of(relative);
    return home == null || Files.exists(path) ? path : Path.of(home).resolve(relative);
  }
}
