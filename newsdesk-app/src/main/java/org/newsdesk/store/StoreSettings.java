package org.newsdesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives. With no JDBC URL, an embedded PostgreSQL keeps its files under {@code
 * dataDir}/postgres; with one, any PostgreSQL server (a managed one, a primary with replicas).
 *
 * @param poolSize connections in the pool; the pipeline's workers share them
 */
public record StoreSettings(
    Path dataDir, Optional<String> jdbcUrl, String user, String password, int poolSize) {

  public static StoreSettings embedded(Path dataDir) {
    return new StoreSettings(dataDir, Optional.empty(), "postgres", "", 10);
  }
}
