package org.newsdesk.cli;

import java.time.Clock;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.digest.compose.DigestComposition;
import org.newsdesk.store.Database;
import org.newsdesk.web.security.ServerSecret;
import org.newsdesk.web.security.Signer;

/** The digest's composing side as the CLI builds it: links signed with the server's secret. */
final class DigestCompositions {

  private DigestCompositions() {}

  static DigestComposition of(Database db, NewsdeskConfig config, Clock clock) {
    Signer signer = new Signer(ServerSecret.load(config.store().dataDir(), config.web().secret()));
    return new DigestComposition(db, config.digest(), config.mail(), signer, clock);
  }
}
