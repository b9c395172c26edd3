package org.newsdesk.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Articles through their stages: discovered → page stored → extracted (or found to be a copy of
 * an earlier one) → analyzed. Each {@code complete…} method writes a stage's result, releases the
 * claim and queues the next stage in one transaction.
 */
public final class ArticleStore {

  private final Jdbi jdbi;

  public ArticleStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /**
   * Records an article seen for the first time and queues its first stage; a URL already known
   * is a no-op.
   *
   * @return the new article's id, empty when the URL was already known
   */
  public Optional<Long> discover(NewArticle a) {
    return jdbi.inTransaction(h -> {
      Optional<Long> id = h.createQuery("""
              insert into article (url, source_id, origin, source_name, feed_title,
                feed_summary, feed_published, licence, attribution, state)
              values (:url, :source, :origin, :sourceName, :title, :summary, :published,
                :licence, :attribution, 'new')
              on conflict (url) do nothing
              returning id""")
          .bind("url", a.url())
          .bind("source", a.sourceId().orElse(null))
          .bind("origin", a.origin())
          .bind("sourceName", a.sourceName().orElse(null))
          .bind("title", a.feedTitle().orElse(null))
          .bind("summary", a.feedSummary().orElse(null))
          .bind("published", a.feedPublished().orElse(null))
          .bind("licence", a.credit().licence().orElse(null))
          .bind("attribution", a.credit().attribution().orElse(null))
          .mapTo(Long.class)
          .findOne();
      if (id.isEmpty()) {
        return id;
      }
      if (a.page().isPresent()) {
        insertPage(h, id.get(), a.page().get());
        WorkQueue.enqueue(h, id.get(), Stage.EXTRACT);
      } else {
        WorkQueue.enqueue(h, id.get(), Stage.FETCH);
      }
      return id;
    });
  }

  /** The URL of an article to fetch. */
  public String url(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("select url from article where id = :id")
        .bind("id", articleId).mapTo(String.class).one());
  }

  /** Stores the fetched page and queues extraction. */
  public void completeFetch(Claim claim, RawPage page) {
    jdbi.useTransaction(h -> {
      WorkQueue.release(h, claim);
      insertPage(h, claim.articleId(), page);
      WorkQueue.enqueue(h, claim.articleId(), Stage.EXTRACT);
    });
  }

  public ArticleToExtract forExtraction(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.url, a.source_id, a.feed_title, a.feed_summary, a.feed_published,
                   p.final_url, p.status, p.media_type, p.charset, p.body_gzip, p.fetched_at
            from article a join raw_page p on p.article_id = a.id
            where a.id = :id""")
        .bind("id", articleId)
        .map((rs, ctx) -> new ArticleToExtract(rs.getLong(1), rs.getString(2),
            optLong(rs, 3), Optional.ofNullable(rs.getString(4)),
            Optional.ofNullable(rs.getString(5)), optInstant(rs, 6),
            new RawPage(rs.getString(7), rs.getInt(8), Optional.ofNullable(rs.getString(9)),
                Optional.ofNullable(rs.getString(10)), gunzip(rs.getBytes(11))),
            rs.getTimestamp(12).toInstant()))
        .one());
  }

  /**
   * Stores what extraction found and either queues analysis or, when the text is a copy of an
   * earlier article (same canonical URL or the same text), records this page as a copy of that
   * one. The exact check runs inside the transaction, under a lock on the content hash, so two
   * copies extracted at the same moment cannot both become originals.
   *
   * @param nearOriginal an earlier article this one nearly copies, found by the caller
   * @return the copy record when the article was a duplicate
   */
  public Optional<Copy> completeExtract(Claim claim, ExtractedFields f,
      Optional<Copy> nearOriginal) {
    return jdbi.inTransaction(h -> {
      WorkQueue.release(h, claim);
      long id = claim.articleId();
      h.createUpdate("select pg_advisory_xact_lock(hashtextextended(:hash, 0))")
          .bind("hash", f.contentHash()).execute();
      Optional<Copy> copy = exactOriginal(h, id, f).or(() -> nearOriginal);
      h.createUpdate("""
              update article set title = coalesce(:title, feed_title), byline = :byline,
                published_at = coalesce(:published, feed_published), language = :language,
                canonical_url = :canonical, lead_image = :image, body = :body,
                content_hash = :hash, extracted_at = now(), error = null
              where id = :id""")
          .bind("title", f.title().orElse(null))
          .bind("byline", f.byline().orElse(null))
          .bind("published", f.publishedAt().orElse(null))
          .bind("language", f.language().orElse(null))
          .bind("canonical", f.canonicalUrl().orElse(null))
          .bind("image", f.leadImage().orElse(null))
          .bind("body", f.body())
          .bind("hash", f.contentHash())
          .bind("id", id)
          .execute();
      if (copy.isPresent()) {
        Copy c = copy.get();
        h.createUpdate("""
                insert into article_copy (article_id, url, source_id, title, kind, similarity)
                select :original, a.url, a.source_id, a.title, :kind, :similarity
                from article a where a.id = :id
                on conflict do nothing""")
            .bind("original", c.originalId())
            .bind("kind", c.kind())
            .bind("similarity", c.similarity())
            .bind("id", id)
            .execute();
        h.createUpdate("update article set state = 'duplicate', duplicate_of = :original"
                + " where id = :id")
            .bind("original", c.originalId()).bind("id", id).execute();
        return copy;
      }
      if (f.minhash().isPresent()) {
        h.createUpdate("insert into article_signature (article_id, minhash) values (:id, :m)"
                + " on conflict (article_id) do update set minhash = excluded.minhash")
            .bind("id", id).bind("m", f.minhash().get()).execute();
        var batch = h.prepareBatch("insert into minhash_band (band_key, article_id)"
            + " values (:band, :id) on conflict do nothing");
        for (long band : f.bands()) {
          batch.bind("band", band).bind("id", id).add();
        }
        batch.execute();
      }
      WorkQueue.enqueue(h, id, Stage.ANALYZE);
      return Optional.<Copy>empty();
    });
  }

  private static Optional<Copy> exactOriginal(Handle h, long id, ExtractedFields f) {
    return h.createQuery("""
            select id, case when content_hash = :hash then 'exact' else 'canonical' end
            from article
            where id <> :id and duplicate_of is null and extracted_at is not null
              and (content_hash = :hash or (:canonical is not null and canonical_url = :canonical))
            order by id limit 1""")
        .bind("hash", f.contentHash())
        .bind("canonical", f.canonicalUrl().orElse(null))
        .bind("id", id)
        .map((rs, ctx) -> new Copy(rs.getLong(1), null, null, null, rs.getString(2), null))
        .findOne();
  }

  /** Earlier originals sharing at least one LSH band with {@code bands}. */
  public List<NearCandidate> nearCandidates(long articleId, long[] bands) {
    if (bands.length == 0) {
      return List.of();
    }
    List<Long> keys = new ArrayList<>();
    for (long b : bands) {
      keys.add(b);
    }
    return jdbi.withHandle(h -> h.createQuery("""
            select distinct s.article_id, s.minhash
            from minhash_band b join article_signature s on s.article_id = b.article_id
            where b.band_key in (<bands>) and b.article_id <> :id""")
        .bindList("bands", keys)
        .bind("id", articleId)
        .map((rs, ctx) -> new NearCandidate(rs.getLong(1), rs.getBytes(2)))
        .list());
  }

  /** The article leaves the pipeline without analysis (no body, not English), saying why. */
  public void skip(Claim claim, String reason) {
    finishWithout(claim, "skipped", reason);
  }

  /** The article failed for good at its stage; the message says what and where. */
  public void fail(Claim claim, String error) {
    finishWithout(claim, "failed", error);
  }

  private void finishWithout(Claim claim, String state, String reason) {
    jdbi.useTransaction(h -> {
      WorkQueue.release(h, claim);
      h.createUpdate("update article set state = :state, error = :error where id = :id")
          .bind("state", state).bind("error", reason).bind("id", claim.articleId()).execute();
    });
  }

  public ArticleToAnalyze forAnalysis(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select id, url, body, published_at from article where id = :id")
        .bind("id", articleId)
        .map((rs, ctx) -> new ArticleToAnalyze(rs.getLong(1), rs.getString(2),
            rs.getString(3), optInstant(rs, 4)))
        .one());
  }

  /** How many articles are in each state. */
  public java.util.Map<String, Integer> countByState() {
    java.util.Map<String, Integer> out = new java.util.TreeMap<>();
    jdbi.useHandle(h -> h.createQuery("select state, count(*) from article group by state")
        .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  private static void insertPage(Handle h, long articleId, RawPage page) {
    h.createUpdate("""
            insert into raw_page (article_id, final_url, status, media_type, charset, size,
              body_gzip)
            values (:id, :url, :status, :type, :charset, :size, :body)
            on conflict (article_id) do update set final_url = excluded.final_url,
              status = excluded.status, media_type = excluded.media_type,
              charset = excluded.charset, size = excluded.size, body_gzip = excluded.body_gzip,
              fetched_at = now()""")
        .bind("id", articleId)
        .bind("url", page.finalUrl())
        .bind("status", page.status())
        .bind("type", page.mediaType().orElse(null))
        .bind("charset", page.charset().orElse(null))
        .bind("size", page.body().length)
        .bind("body", gzip(page.body()))
        .execute();
  }

  static Optional<Long> optLong(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  static Optional<Instant> optInstant(ResultSet rs, int col) throws SQLException {
    Timestamp t = rs.getTimestamp(col);
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return z.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("stored page is not valid gzip", e);
    }
  }
}
