package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemporaryFolderTest {

  @Test
  void closingRemovesTheFolderWithNestedFilesAndFolders() throws Exception {
    Path root;
    try (TemporaryFolder folder = TemporaryFolder.create("newsdesk-temporary-folder-test")) {
      root = folder.path();
      Path deep = Files.createDirectories(root.resolve("postgres/base/1"));
      Files.writeString(deep.resolve("16384"), "table");
      Files.writeString(root.resolve("index.lock"), "");
      assertThat(Files.exists(deep.resolve("16384"))).isTrue();
    }
    assertThat(Files.exists(root)).isFalse();
  }
}
