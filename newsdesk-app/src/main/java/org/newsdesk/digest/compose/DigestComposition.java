package org.newsdesk.digest.compose;

import java.time.Clock;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.DigestSettings;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.store.Database;
import org.newsdesk.web.security.Signer;

/**
 * The digest's composing side, assembled once from the settings: the run that stores digests,
 * the preview that only shows them, and the timer that starts the run.
 */
public final class DigestComposition {

  /** Subscribers per transaction: big enough for batched SQL, small enough to lock briefly. */
  public static final int BATCH = 500;

  private final Database db;
  private final DigestSettings settings;
  private final DigestPlanner planner;
  private final java.util.concurrent.atomic.AtomicLong composed =
      new java.util.concurrent.atomic.AtomicLong();

  public DigestComposition(Database db, DigestSettings settings, MailSettings mail,
      Signer signer, Clock clock) {
    this.db = db;
    this.settings = settings;
    this.planner = new DigestPlanner(
        new DigestComposer(new DigestLinks(signer, settings, clock), mail.from()),
        settings.maxStories());
  }

  public DigestRun run(int threads) {
    return run(threads, BATCH);
  }

  /** @param batch subscribers per transaction; smaller only to make crash drills finer */
  public DigestRun run(int threads, int batch) {
    return new DigestRun(db, planner, batch, threads, DigestRun.Hook.NONE, composed::addAndGet);
  }

  /** Digests stored in the outbox by this composition's runs since start. */
  public long composed() {
    return composed.get();
  }

  public DigestPreview preview() {
    return new DigestPreview(db, planner);
  }

  public DigestSettings settings() {
    return settings;
  }
}
