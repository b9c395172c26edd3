package org.newsdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's connection: PostgreSQL (embedded or external), migrated to the current schema by
 * Flyway on open, pooled by HikariCP and spoken to through JDBI. Open one per process and share
 * it; every store class takes it.
 */
public final class Database implements AutoCloseable {

  private final EmbeddedServer embedded;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(EmbeddedServer embedded, HikariDataSource pool) {
    this.embedded = embedded;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
  }

  /** Opens (starting the embedded server if needed) and migrates the store. */
  public static Database open(StoreSettings settings) {
    EmbeddedServer embedded = null;
    try {
      String url;
      if (settings.jdbcUrl().isPresent()) {
        url = settings.jdbcUrl().get();
      } else {
        embedded = EmbeddedServer.open(settings.dataDir());
        url = embedded.jdbcUrl();
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(settings.user());
      config.setPassword(settings.password());
      config.setMaximumPoolSize(settings.poolSize());
      config.setPoolName("newsdesk");
      HikariDataSource pool = new HikariDataSource(config);
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      return new Database(embedded, pool);
    } catch (IOException e) {
      throw new StoreException("cannot start the embedded PostgreSQL in "
          + settings.dataDir() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(embedded);
      throw e;
    }
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** The pool itself, for libraries that keep their own tables here (the poll scheduler). */
  public javax.sql.DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
    closeQuietly(embedded);
  }

  private static void closeQuietly(EmbeddedServer server) {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
