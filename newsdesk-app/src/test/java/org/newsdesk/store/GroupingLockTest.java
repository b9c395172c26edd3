package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupingLockTest {

  @Test
  void oneHolderAtATimeAndTheNextTakesOverWhenItLetsGo() {
    Database db = TestStore.database();
    Optional<GroupingLock> first = GroupingLock.tryAcquire(db);
    assertThat(first).isPresent();
    assertThat(GroupingLock.tryAcquire(db)).as("held by another session").isEmpty();
    first.get().close();
    Optional<GroupingLock> next = GroupingLock.tryAcquire(db);
    assertThat(next).isPresent();
    next.get().close();
  }
}
