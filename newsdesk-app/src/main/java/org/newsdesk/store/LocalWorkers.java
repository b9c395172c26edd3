package org.newsdesk.store;

import java.lang.management.ManagementFactory;

/**
 * Workers that claim rows (pipeline workers, mail senders) are named {@code pid@host/…}: a claim
 * by a process of this host that is no longer running can be handed back at once instead of
 * waiting for its lease. Claims of other hosts are left to their leases.
 */
final class LocalWorkers {

  private LocalWorkers() {}

  /** A SQL {@code like} pattern matching the names of workers on this host. */
  static String namePattern() {
    String self = ManagementFactory.getRuntimeMXBean().getName();
    return "%@" + self.substring(self.indexOf('@') + 1) + "/%";
  }

  /** Whether {@code worker}, a name matching {@link #namePattern()}, is a process that ended. */
  static boolean ended(String worker) {
    long pid;
    try {
      pid = Long.parseLong(worker.substring(0, worker.indexOf('@')));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return false;
    }
    return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
