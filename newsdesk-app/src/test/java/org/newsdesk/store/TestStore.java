package org.newsdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.newsdesk.bench.TemporaryFolder;

/**
 * One embedded PostgreSQL for the whole test run (starting one costs seconds), in a temporary
 * folder; {@link #fresh()} empties its tables between tests.
 */
public final class TestStore {

  private static Database db;
  private static Path dir;

  private TestStore() {}

  public static synchronized Database database() {
    if (db == null) {
      try {
        TemporaryFolder folder = TemporaryFolder.create("newsdesk-test-store");
        dir = folder.path();
        db = Database.open(StoreSettings.embedded(dir));
        // Each run's server leaves ~40 MB otherwise; CI machines run the suite again and again.
        Database opened = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          opened.close();
          folder.close();
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return db;
  }

  /** The data folder of the shared database, for commands given {@code --data}. */
  public static Path dataDir() {
    database();
    return dir;
  }

  /** The shared database with every table emptied (all but Flyway's history). */
  public static Database fresh() {
    Database d = database();
    d.jdbi().useHandle(h -> {
      // Every table, so that a table a later migration adds cannot leak rows between tests.
      String tables = String.join(", ", h.createQuery("""
              select quote_ident(tablename) from pg_tables
              where schemaname = current_schema() and tablename <> 'flyway_schema_history'""")
          .mapTo(String.class).list());
      h.execute("truncate " + tables + " restart identity cascade");
    });
    return d;
  }
}
