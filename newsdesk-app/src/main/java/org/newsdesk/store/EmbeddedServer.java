package org.newsdesk.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: a real server, started from the binaries in the zonky jar, its files
 * in {@code <data>/postgres}. One process owns it (recorded in {@code <data>/postgres.owner});
 * another Newsdesk process on the same data folder (a CLI command while {@code serve} runs)
 * connects to the owner's server instead of starting a second one on the same files.
 *
 * <p>A server outlives an owner killed with {@code kill -9} (PostgreSQL runs detached). The next
 * process finds the owner dead, stops the orphan (SIGTERM, then SIGKILL; PostgreSQL recovers from
 * its write-ahead log either way) and starts its own, so a crash never leaves the data folder
 * locked.
 */
final class EmbeddedServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

  private final EmbeddedPostgres owned;
  private final int port;

  private EmbeddedServer(EmbeddedPostgres owned, int port) {
    this.owned = owned;
    this.port = port;
  }

  /** Connects to the running server of {@code dataDir}, or starts one. */
  static EmbeddedServer open(Path dataDir) throws IOException {
    Path pgData = dataDir.resolve("postgres");
    Path ownerFile = dataDir.resolve("postgres.owner");
    Files.createDirectories(dataDir);
    Optional<RunningServer> running = RunningServer.of(pgData);
    if (running.isPresent()) {
      if (ownerAlive(ownerFile)) {
        log.info("using the embedded PostgreSQL of process {} on port {}",
            Files.readString(ownerFile).strip(), running.get().port());
        return new EmbeddedServer(null, running.get().port());
      }
      log.warn("stopping an orphaned embedded PostgreSQL (pid {}) left by a process that died",
          running.get().pid());
      running.get().stop();
    }
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        // Durable by default (fsync on); a few settings that suit a single-box news store.
        .setServerConfig("max_connections", "100")
        .setServerConfig("shared_buffers", "256MB")
        .start();
    Files.writeString(ownerFile, Long.toString(ProcessHandle.current().pid()));
    log.info("embedded PostgreSQL started on port {}, data in {}", pg.getPort(), pgData);
    return new EmbeddedServer(pg, pg.getPort());
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  private static boolean ownerAlive(Path ownerFile) throws IOException {
    if (!Files.exists(ownerFile)) {
      return false;
    }
    try {
      long pid = Long.parseLong(Files.readString(ownerFile).strip());
      // This process may own it already (a second Database on the same folder): share it.
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    if (owned != null) {
      owned.close();
    }
  }

  /** A postmaster found through its {@code postmaster.pid} (line 1 pid, line 4 port). */
  private record RunningServer(long pid, int port) {

    static Optional<RunningServer> of(Path pgData) throws IOException {
      Path pidFile = pgData.resolve("postmaster.pid");
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.size() < 4) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).strip());
      if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        return Optional.empty();
      }
      return Optional.of(new RunningServer(pid, Integer.parseInt(lines.get(3).strip())));
    }

    void stop() {
      ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
      if (handle == null) {
        return;
      }
      handle.destroy();
      try {
        handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
        try {
          handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // start() will fail with PostgreSQL's own message about the lock file.
        }
      }
    }
  }
}
