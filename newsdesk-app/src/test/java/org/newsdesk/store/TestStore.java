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

  /** The shared database with every table emptied. */
  public static Database fresh() {
    Database d = database();
    d.jdbi().useHandle(h -> h.execute("""
        truncate source, article, raw_page, article_copy, minhash_band, article_signature, work,
          insight_card, entity, mention, quote, event, claim, place, scheduled_tasks, story
        restart identity cascade"""));
    return d;
  }
}
