package org.newsdesk.pipeline;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.Optional;
import org.newsdesk.ingest.dedup.ContentFingerprint;
import org.newsdesk.ingest.dedup.MinHashSignature;
import org.newsdesk.ingest.dedup.NearDuplicates;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Copy;
import org.newsdesk.store.NearCandidate;

/**
 * The duplicate keys of an article's text (exact fingerprint, MinHash signature and its LSH band
 * keys) and the lookup of an earlier near-copy among the articles sharing a band. Exact copies
 * (same text, same canonical URL) are caught by the store inside the extract transaction.
 *
 * <p>A near-copy found by two articles extracted at the same moment can slip through (each
 * misses the other's bands); the cost is one story counted with one source too many.
 */
final class DuplicateCheck {

  /** The keys stored with an article. */
  record Keys(String contentHash, Optional<byte[]> minhash, long[] bands,
      Optional<MinHashSignature> signature) {}

  private final ArticleStore articles;

  DuplicateCheck(ArticleStore articles) {
    this.articles = articles;
  }

  Keys keys(String body) {
    String hash = ContentFingerprint.of(body).map(ContentFingerprint::sha256Hex)
        .orElse("empty");
    MinHashSignature sig = MinHashSignature.of(body);
    if (sig.wordCount() < NearDuplicates.MIN_WORDS) {
      return new Keys(hash, Optional.empty(), new long[0], Optional.empty());
    }
    return new Keys(hash, Optional.of(encode(sig)), sig.bandKeys(), Optional.of(sig));
  }

  /** The most similar earlier article this one nearly copies, if any. */
  Optional<Copy> nearOriginal(long articleId, Keys keys) {
    if (keys.signature().isEmpty()) {
      return Optional.empty();
    }
    MinHashSignature mine = keys.signature().get();
    return articles.nearCandidates(articleId, keys.bands()).stream()
        .filter(c -> c.articleId() < articleId)
        .map(c -> new Scored(c, decode(c.minhash())))
        .filter(s -> NearDuplicates.isNearDuplicate(mine, s.signature()))
        .max(Comparator.comparingDouble(s -> mine.estimatedJaccard(s.signature())))
        .map(s -> new Copy(s.candidate().articleId(), null, null, null, "near",
            (float) mine.estimatedJaccard(s.signature())));
  }

  private record Scored(NearCandidate candidate, MinHashSignature signature) {}

  /** Stored form: format, word count, then the values; the format pins the hash family. */
  static byte[] encode(MinHashSignature sig) {
    long[] values = sig.values();
    ByteBuffer b = ByteBuffer.allocate(8 + 8 * values.length);
    b.putInt(MinHashSignature.FORMAT).putInt(sig.wordCount());
    for (long v : values) {
      b.putLong(v);
    }
    return b.array();
  }

  static MinHashSignature decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int format = b.getInt();
    if (format != MinHashSignature.FORMAT) {
      throw new IllegalStateException("stored MinHash format " + format + ", expected "
          + MinHashSignature.FORMAT);
    }
    int words = b.getInt();
    long[] values = new long[(bytes.length - 8) / 8];
    for (int i = 0; i < values.length; i++) {
      values[i] = b.getLong();
    }
    return MinHashSignature.fromValues(values, words);
  }
}
