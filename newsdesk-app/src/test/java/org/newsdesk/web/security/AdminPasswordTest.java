package org.newsdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {

  @TempDir Path data;

  @Test
  void aGeneratedPasswordIsShownOnceAndOnlyItsSaltedHashIsStored() throws Exception {
    AdminPassword.Loaded first = AdminPassword.load(data, Optional.empty());
    Matcher m = Pattern.compile("Admin password for the web UI: (\\S+)")
        .matcher(first.notice().orElseThrow());
    assertThat(m.find()).isTrue();
    String plain = m.group(1);
    String stored = Files.readString(data.resolve("admin-password"));

    assertThat(plain).hasSizeGreaterThanOrEqualTo(20);
    assertThat(stored).doesNotContain(plain).startsWith("pbkdf2-sha256$600000$");
    assertThat(first.password().matches(plain)).isTrue();
    assertThat(first.password().matches(plain + "x")).isFalse();

    AdminPassword.Loaded second = AdminPassword.load(data, Optional.empty());
    assertThat(second.notice()).isEmpty();
    assertThat(second.password().matches(plain)).isTrue();
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(
          Files.getPosixFilePermissions(data.resolve("admin-password")))).isEqualTo("rw-------");
    }
  }

  @Test
  void aConfiguredPasswordNeedsNoFile() {
    AdminPassword.Loaded loaded = AdminPassword.load(data, Optional.of("correct horse"));

    assertThat(loaded.notice()).isEmpty();
    assertThat(loaded.password().matches("correct horse")).isTrue();
    assertThat(loaded.password().matches("Correct horse")).isFalse();
    assertThat(Files.exists(data.resolve("admin-password"))).isFalse();
    assertThat(loaded.password().toString()).doesNotContain("horse");
  }

  @Test
  void aSaltedHashDiffersForTheSamePassword() {
    var random = new java.security.SecureRandom();
    assertThat(PasswordHash.of("same", random).encode())
        .isNotEqualTo(PasswordHash.of("same", random).encode());
  }
}
