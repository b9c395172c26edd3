package org.newsdesk.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Copy;

/**
 * The duplicate keys of an article's text and the lookup of an earlier near-copy. Exact copies
 * (same text, same canonical URL) are caught by the store inside the extract transaction.
 */
final class DuplicateCheck {

  /** The keys stored with an article. */
  record Keys(String contentHash, Optional<byte[]> minhash, long[] bands) {}

  private final ArticleStore articles;

  DuplicateCheck(ArticleStore articles) {
    this.articles = articles;
  }

  Keys keys(String body) {
    return new Keys(sha256(body.strip().replaceAll("\\s+", " ")), Optional.empty(), new long[0]);
  }

  Optional<Copy> nearOriginal(long articleId, Keys keys) {
    return Optional.empty();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
