package org.newsdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path data;

  @Test
  void theSecretFileIsMadeOnceAndReusedByTheNextStart() throws Exception {
    Signer first = new Signer(ServerSecret.load(data, Optional.empty()));
    String token = first.sign("admin", "admin", NOW.plusSeconds(60));
    String stored = Files.readString(data.resolve("secret.key"));

    Signer second = new Signer(ServerSecret.load(data, Optional.empty()));

    assertThat(second.verify("admin", token, NOW)).contains("admin");
    assertThat(Files.readString(data.resolve("secret.key"))).isEqualTo(stored);
    assertThat(Base64.getDecoder().decode(stored.strip())).hasSize(32);
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("secret.key");
    }
  }

  @Test
  void onlyTheOwnerMayReadTheSecretFile() throws Exception {
    ServerSecret.load(data, Optional.empty());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(
          Files.getPosixFilePermissions(data.resolve("secret.key")))).isEqualTo("rw-------");
    }
  }

  @Test
  void processesStartingTogetherEndWithTheSameKey() throws Exception {
    int n = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Signer>> signers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        signers.add(pool.submit(() -> {
          go.await();
          return new Signer(ServerSecret.load(data, Optional.empty()));
        }));
      }
      go.countDown();
      String token = signers.get(0).get().sign("admin", "admin", NOW.plusSeconds(60));
      for (Future<Signer> s : signers) {
        assertThat(s.get().verify("admin", token, NOW)).contains("admin");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConfiguredSecretWinsAndWritesNoFile() throws Exception {
    String configured = Base64.getEncoder().encodeToString(SignerTest.bytes(7));

    Signer signer = new Signer(ServerSecret.load(data, Optional.of(configured)));

    assertThat(new Signer(ServerSecret.of(SignerTest.bytes(7)))
        .verify("admin", signer.sign("admin", "admin", NOW.plusSeconds(60)), NOW)).isPresent();
    assertThat(Files.exists(data.resolve("secret.key"))).isFalse();
  }

  @Test
  void aShortOrMalformedConfiguredSecretFailsTheStartSayingWhy() {
    assertThatThrownBy(() -> ServerSecret.load(data, Optional.of("c2hvcnQ=")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 5");
    assertThatThrownBy(() -> ServerSecret.load(data, Optional.of("not base64 !")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSDESK_SECRET");
  }

  @Test
  void theSecretNeverShowsInToString() {
    assertThat(ServerSecret.of(SignerTest.bytes(65)).toString()).doesNotContain("QUFB");
  }
}
