package org.newsdesk.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The exact-duplicate key of an article body: SHA-256 of its {@linkplain Words words} joined by
 * single spaces, so the same text with curly or straight quotes, other dashes, other whitespace
 * or other letter case collides, and a changed word does not.
 *
 * <p>The word count travels with the hash because a short text is a weak key: feed summaries
 * such as "Read more" or a bare headline are shared by unrelated items. The store may index
 * {@code sha256Hex} alone; a caller deciding "same article" on it should also want a body of
 * some length (see {@link NearDuplicates#MIN_WORDS}).
 *
 * @param sha256Hex 64 lower-case hex digits
 * @param wordCount the number of words hashed, at least 1
 */
public record ContentFingerprint(String sha256Hex, int wordCount) {

  public ContentFingerprint {
    if (!sha256Hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256Hex must be 64 lower-case hex digits; got "
          + sha256Hex);
    }
    if (wordCount < 1) {
      throw new IllegalArgumentException("wordCount must be >= 1; got " + wordCount);
    }
  }

  /**
   * The fingerprint of {@code text}; empty when it holds no word, so that empty and
   * punctuation-only bodies do not all collide on the hash of nothing.
   */
  public static Optional<ContentFingerprint> of(String text) {
    List<String> words = Words.of(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    byte[] digest = sha256().digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
    return Optional.of(new ContentFingerprint(HexFormat.of().formatHex(digest), words.size()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
