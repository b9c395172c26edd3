package org.newsdesk.store;

import org.jdbi.v3.core.Handle;

/**
 * Story grouping runs in one process at a time (its grouper lives in memory and decides in
 * order): the process holding this PostgreSQL session lock groups; when it dies, PostgreSQL drops
 * the lock with its connection and another process can take over.
 */
public final class GroupingLock implements AutoCloseable {

  private static final long KEY = 0x4E45575344455343L; // "NEWSDESC"

  private final Handle handle;

  private GroupingLock(Handle handle) {
    this.handle = handle;
  }

  /** The lock, if no other process holds it. */
  public static java.util.Optional<GroupingLock> tryAcquire(Database db) {
    Handle h = db.jdbi().open();
    boolean got = h.createQuery("select pg_try_advisory_lock(:key)").bind("key", KEY)
        .mapTo(Boolean.class).one();
    if (!got) {
      h.close();
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new GroupingLock(h));
  }

  @Override
  public void close() {
    handle.close();
  }
}
