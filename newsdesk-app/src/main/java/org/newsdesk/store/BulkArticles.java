package org.newsdesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes analyzed articles straight into the store, card tables included, without the pipeline:
 * for the search benchmark's corpus of 100k articles (the analyzer would need days) and for tests
 * that need articles with known entities and quotes. Each call is one transaction of a handful of
 * set-based statements ({@code unnest} of arrays), so a thousand articles cost milliseconds, not
 * thousands of round trips. Not for production data: no raw page, no duplicate keys, no card JSON.
 */
public final class BulkArticles {

  private final Jdbi jdbi;

  public BulkArticles(Database db) {
    this.jdbi = db.jdbi();
  }

  /**
   * Inserts the articles as analyzed ({@code state = 'done'}) with their entities, quotes, events
   * and places. Each article's {@code id} is ignored: the store assigns one.
   *
   * @return the assigned ids, in the order of {@code articles}
   */
  public List<Long> insertAnalyzed(List<IndexableArticle> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    return jdbi.inTransaction(h -> {
      List<Long> ids = h.createQuery(
              "select nextval('article_id_seq') from generate_series(1, :n) order by 1")
          .bind("n", articles.size()).mapTo(Long.class).list();
      insertArticles(h, articles, ids);
      Map<IndexableArticle.NamedEntity, Long> entityIds = entityIds(h, articles);
      insertMentions(h, articles, ids, entityIds);
      insertQuotes(h, articles, ids, entityIds);
      insertEvents(h, articles, ids);
      insertPlaces(h, articles, ids);
      return ids;
    });
  }

  private static void insertArticles(Handle h, List<IndexableArticle> articles, List<Long> ids) {
    int n = articles.size();
    String[] urls = new String[n];
    String[] sources = new String[n];
    String[] titles = new String[n];
    String[] bodies = new String[n];
    String[] published = new String[n];
    for (int i = 0; i < n; i++) {
      IndexableArticle a = articles.get(i);
      urls[i] = a.url();
      sources[i] = a.source().orElse(null);
      titles[i] = a.title();
      bodies[i] = a.body();
      published[i] = a.publishedAt().map(Object::toString).orElse(null);
    }
    h.createUpdate("""
            insert into article (id, url, origin, source_name, state, title, body, published_at,
              extracted_at, analyzed_at)
            select id, url, 'bulk', src, 'done', title, body, cast(pub as timestamptz), now(), now()
            from unnest(:ids, :urls, :sources, :titles, :bodies, :published)
              as t(id, url, src, title, body, pub)""")
        .bindArray("ids", Long.class, ids.toArray())
        .bindArray("urls", String.class, (Object[]) urls)
        .bindArray("sources", String.class, (Object[]) sources)
        .bindArray("titles", String.class, (Object[]) titles)
        .bindArray("bodies", String.class, (Object[]) bodies)
        .bindArray("published", String.class, (Object[]) published)
        .execute();
  }

  /** Ids of every entity the articles name or quote, created when new (shared by name and type). */
  private static Map<IndexableArticle.NamedEntity, Long> entityIds(Handle h,
      List<IndexableArticle> articles) {
    Set<IndexableArticle.NamedEntity> all = new LinkedHashSet<>();
    for (IndexableArticle a : articles) {
      all.addAll(a.entities());
    }
    if (all.isEmpty()) {
      return Map.of();
    }
    String[] names = all.stream().map(IndexableArticle.NamedEntity::name).toArray(String[]::new);
    String[] types = all.stream().map(IndexableArticle.NamedEntity::type).toArray(String[]::new);
    h.createUpdate("""
            insert into entity (name, type) select name, type from unnest(:names, :types)
              as t(name, type) order by name, type
            on conflict (name, type) do nothing""")
        .bindArray("names", String.class, (Object[]) names)
        .bindArray("types", String.class, (Object[]) types)
        .execute();
    Map<IndexableArticle.NamedEntity, Long> ids = new HashMap<>();
    h.createQuery("""
            select e.id, e.name, e.type from entity e
            join unnest(:names, :types) as t(name, type) on t.name = e.name and t.type = e.type""")
        .bindArray("names", String.class, (Object[]) names)
        .bindArray("types", String.class, (Object[]) types)
        .map((rs, ctx) -> ids.put(new IndexableArticle.NamedEntity(rs.getString(2),
            rs.getString(3)), rs.getLong(1)))
        .forEach(x -> { });
    return ids;
  }

  private static void insertMentions(Handle h, List<IndexableArticle> articles, List<Long> ids,
      Map<IndexableArticle.NamedEntity, Long> entityIds) {
    List<Long> articleCol = new ArrayList<>();
    List<Long> entityCol = new ArrayList<>();
    List<Integer> firstCol = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Set<Long> seen = new LinkedHashSet<>();
      List<IndexableArticle.NamedEntity> entities = articles.get(i).entities();
      for (int j = 0; j < entities.size(); j++) {
        long entity = entityIds.get(entities.get(j));
        if (seen.add(entity)) {
          articleCol.add(ids.get(i));
          entityCol.add(entity);
          firstCol.add(j);
        }
      }
    }
    h.createUpdate("""
            insert into mention (article_id, entity_id, mentions, first_sentence)
            select a, e, 1, f from unnest(:a, :e, :f) as t(a, e, f)""")
        .bindArray("a", Long.class, articleCol.toArray())
        .bindArray("e", Long.class, entityCol.toArray())
        .bindArray("f", Integer.class, firstCol.toArray())
        .execute();
  }

  private static void insertQuotes(Handle h, List<IndexableArticle> articles, List<Long> ids,
      Map<IndexableArticle.NamedEntity, Long> entityIds) {
    List<Long> articleCol = new ArrayList<>();
    List<Integer> idxCol = new ArrayList<>();
    List<String> textCol = new ArrayList<>();
    List<String> speakerCol = new ArrayList<>();
    List<Long> speakerIdCol = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      List<IndexableArticle.QuoteText> quotes = articles.get(i).quotes();
      for (int j = 0; j < quotes.size(); j++) {
        IndexableArticle.QuoteText q = quotes.get(j);
        articleCol.add(ids.get(i));
        idxCol.add(j);
        textCol.add(q.text());
        speakerCol.add(q.speaker().orElse(null));
        speakerIdCol.add(q.speaker()
            .map(s -> entityIds.get(new IndexableArticle.NamedEntity(s, "PERSON"))).orElse(null));
      }
    }
    h.createUpdate("""
            insert into quote (article_id, idx, kind, text, speaker, speaker_entity_id, sentence)
            select a, i, 'direct', txt, sp, spid, -1
            from unnest(:a, :i, :txt, :sp, :spid) as t(a, i, txt, sp, spid)""")
        .bindArray("a", Long.class, articleCol.toArray())
        .bindArray("i", Integer.class, idxCol.toArray())
        .bindArray("txt", String.class, textCol.toArray())
        .bindArray("sp", String.class, speakerCol.toArray())
        .bindArray("spid", Long.class, speakerIdCol.toArray())
        .execute();
  }

  private static void insertEvents(Handle h, List<IndexableArticle> articles, List<Long> ids) {
    List<Long> articleCol = new ArrayList<>();
    List<Integer> idxCol = new ArrayList<>();
    List<String> typeCol = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      List<String> types = articles.get(i).eventTypes();
      for (int j = 0; j < types.size(); j++) {
        articleCol.add(ids.get(i));
        idxCol.add(j);
        typeCol.add(types.get(j));
      }
    }
    h.createUpdate("""
            insert into event (article_id, idx, type, sources, targets, negated, sentence)
            select a, i, ty, '{}', '{}', false, -1 from unnest(:a, :i, :ty) as t(a, i, ty)""")
        .bindArray("a", Long.class, articleCol.toArray())
        .bindArray("i", Integer.class, idxCol.toArray())
        .bindArray("ty", String.class, typeCol.toArray())
        .execute();
  }

  private static void insertPlaces(Handle h, List<IndexableArticle> articles, List<Long> ids) {
    List<Long> articleCol = new ArrayList<>();
    List<Integer> idxCol = new ArrayList<>();
    List<String> nameCol = new ArrayList<>();
    List<String> countryCol = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      List<IndexableArticle.PlaceName> places = articles.get(i).places();
      for (int j = 0; j < places.size(); j++) {
        articleCol.add(ids.get(i));
        idxCol.add(j);
        nameCol.add(places.get(j).name());
        countryCol.add(places.get(j).countryCode().orElse(null));
      }
    }
    h.createUpdate("""
            insert into place (article_id, idx, name, country_code)
            select a, i, nm, cc from unnest(:a, :i, :nm, :cc) as t(a, i, nm, cc)""")
        .bindArray("a", Long.class, articleCol.toArray())
        .bindArray("i", Integer.class, idxCol.toArray())
        .bindArray("nm", String.class, nameCol.toArray())
        .bindArray("cc", String.class, countryCol.toArray())
        .execute();
  }
}
