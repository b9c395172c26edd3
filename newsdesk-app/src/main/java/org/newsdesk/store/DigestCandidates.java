package org.newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.newsdesk.digest.compose.LeadSentences;
import org.newsdesk.digest.rank.CandidateStory;
import org.newsdesk.digest.rank.StoryFact;

/**
 * The stories a digest run may send, with their features, read in a handful of set queries for
 * all of them at once: a run ranks thousands of readers against the same stories, so nothing is
 * queried per reader.
 */
public final class DigestCandidates {

  static final int WHO = 4;
  static final int WHERE = 3;
  static final int CLAIMS = 2;
  static final int FACTS = 200;

  private final Jdbi jdbi;

  public DigestCandidates(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Stories with articles that changed in ({@code from}, {@code to}]. */
  public List<CandidateStory> changedBetween(Instant from, Instant to) {
    return jdbi.withHandle(h -> load(h, from, to));
  }

  private static List<CandidateStory> load(Handle h, Instant from, Instant to) {
    record Head(long id, String title, int articles, int sources, Optional<Instant> last,
        Instant updated) {}
    List<Head> heads = h.createQuery("""
            select id, title, articles, independent_sources, last_published, updated_at
            from story where articles > 0 and updated_at > :from and updated_at <= :to""")
        .bind("from", from).bind("to", to)
        .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
            ArticleStore.optInstant(rs, 5), rs.getTimestamp(6).toInstant()))
        .list();
    if (heads.isEmpty()) {
      return List.of();
    }
    long[] ids = heads.stream().mapToLong(Head::id).toArray();
    Map<Long, Features> features = new HashMap<>();
    for (long id : ids) {
      features.put(id, new Features());
    }
    h.createQuery("""
            select a.story_id, m.entity_id, e.name, e.type, count(*) from mention m
            join article a on a.id = m.article_id join entity e on e.id = m.entity_id
            where a.story_id = any(:ids)
            group by a.story_id, m.entity_id, e.name, e.type
            order by a.story_id, count(*) desc, sum(m.mentions) desc, e.name""")
        .bind("ids", ids)
        .map((rs, ctx) -> {
          Features f = features.get(rs.getLong(1));
          f.entityArticles.put(rs.getLong(2), rs.getInt(5));
          String type = rs.getString(4);
          if (("PERSON".equals(type) || "ORGANIZATION".equals(type)) && f.who.size() < WHO) {
            f.who.add(rs.getString(3));
          }
          return 0;
        }).list();
    h.createQuery("""
            select a.story_id, p.name, p.country_code, count(distinct a.id) from place p
            join article a on a.id = p.article_id where a.story_id = any(:ids)
            group by a.story_id, p.name, p.country_code
            order by a.story_id, count(distinct a.id) desc, p.name""")
        .bind("ids", ids)
        .map((rs, ctx) -> {
          Features f = features.get(rs.getLong(1));
          if (f.where.size() < WHERE) {
            f.where.add(rs.getString(2));
          }
          String cc = rs.getString(3);
          if (cc != null) {
            f.countryArticles.merge(cc.toUpperCase(Locale.ROOT), rs.getInt(4), Math::max);
          }
          return 0;
        }).list();
    h.createQuery("""
            select a.story_id, e.type, e.sources, e.targets, e.negated from event e
            join article a on a.id = e.article_id where a.story_id = any(:ids)
            order by a.story_id, a.id, e.idx""")
        .bind("ids", ids)
        .map((rs, ctx) -> {
          Features f = features.get(rs.getLong(1));
          String type = rs.getString(2).toLowerCase(Locale.ROOT);
          if (!rs.getBoolean(5)) {
            f.eventTypes.merge(type, 1, Integer::sum);
          }
          List<String> sources = Rows.strings(rs.getArray(3));
          List<String> targets = Rows.strings(rs.getArray(4));
          f.events.add(new StoryFact(StoryFact.Kind.EVENT,
              StoryFact.keyOf(StoryFact.Kind.EVENT, type, String.join(",", sources),
                  String.join(",", targets), String.valueOf(rs.getBoolean(5))),
              FactText.event(type, sources, targets, rs.getBoolean(5))));
          return 0;
        }).list();
    h.createQuery("""
            select a.story_id, c.text, c.claimed_by, c.denied_by from claim c
            join article a on a.id = c.article_id where a.story_id = any(:ids)
            order by a.story_id, cardinality(c.denied_by) desc, a.id, c.idx""")
        .bind("ids", ids)
        .map((rs, ctx) -> {
          Features f = features.get(rs.getLong(1));
          String text = rs.getString(2);
          List<String> by = Rows.strings(rs.getArray(3));
          List<String> denied = Rows.strings(rs.getArray(4));
          if (f.claims.size() < CLAIMS) {
            f.claims.add(new CandidateStory.ClaimLine(text, by, denied));
          }
          if (denied.isEmpty()) {
            f.claimFacts.add(new StoryFact(StoryFact.Kind.CLAIM,
                StoryFact.keyOf(StoryFact.Kind.CLAIM, text), FactText.claim(text, by)));
          } else {
            f.denials.add(new StoryFact(StoryFact.Kind.DENIAL,
                StoryFact.keyOf(StoryFact.Kind.DENIAL, text, String.join(",", denied)),
                FactText.denial(text, denied)));
          }
          return 0;
        }).list();
    // Quotes by the speakers the story names most come first; the first is the key quote.
    h.createQuery("""
            select a.story_id, q.text, q.speaker, coalesce(sp.n, 0) from quote q
            join article a on a.id = q.article_id
            left join (select a2.story_id, m.entity_id, count(*) as n from mention m
                       join article a2 on a2.id = m.article_id where a2.story_id = any(:ids)
                       group by a2.story_id, m.entity_id) sp
              on sp.story_id = a.story_id and sp.entity_id = q.speaker_entity_id
            where a.story_id = any(:ids) and q.speaker is not null and length(q.text) between 20 and 300
            order by a.story_id, coalesce(sp.n, 0) desc, length(q.text) desc, a.id, q.idx""")
        .bind("ids", ids)
        .map((rs, ctx) -> {
          Features f = features.get(rs.getLong(1));
          CandidateStory.Quote q = new CandidateStory.Quote(rs.getString(2), rs.getString(3));
          if (f.keyQuote == null) {
            f.keyQuote = q;
          }
          f.quotes.add(new StoryFact(StoryFact.Kind.QUOTE,
              StoryFact.keyOf(StoryFact.Kind.QUOTE, q.speaker(), q.text()), FactText.quote(q)));
          return 0;
        }).list();
    h.createQuery("""
            select distinct on (story_id) story_id, left(body, 4000) from article
            where story_id = any(:ids) and body is not null and length(body) > 80
            order by story_id, coalesce(published_at, discovered_at), id""")
        .bind("ids", ids)
        .map((rs, ctx) -> {
          features.get(rs.getLong(1)).summary = LeadSentences.of(rs.getString(2));
          return 0;
        }).list();
    List<CandidateStory> stories = new ArrayList<>(heads.size());
    for (Head s : heads) {
      Features f = features.get(s.id());
      stories.add(new CandidateStory(s.id(), s.title(), s.articles(), s.sources(), s.last(),
          s.updated(), f.entityArticles, f.countryArticles, f.eventTypes, f.facts(), f.summary,
          Optional.ofNullable(f.keyQuote), List.copyOf(f.who), List.copyOf(f.where), f.claims));
    }
    return Collections.unmodifiableList(stories);
  }

  /** What the queries gather for one story before it becomes a record. */
  private static final class Features {
    final Map<Long, Integer> entityArticles = new HashMap<>();
    final Map<String, Integer> countryArticles = new HashMap<>();
    final Map<String, Integer> eventTypes = new HashMap<>();
    final Set<String> who = new LinkedHashSet<>();
    final Set<String> where = new LinkedHashSet<>();
    final List<CandidateStory.ClaimLine> claims = new ArrayList<>();
    final List<StoryFact> denials = new ArrayList<>();
    final List<StoryFact> claimFacts = new ArrayList<>();
    final List<StoryFact> quotes = new ArrayList<>();
    final List<StoryFact> events = new ArrayList<>();
    CandidateStory.Quote keyQuote;
    String summary = "";

    /** Most telling first, each key once, at most {@link #FACTS}. */
    List<StoryFact> facts() {
      Map<String, StoryFact> byKey = new java.util.LinkedHashMap<>();
      for (List<StoryFact> kind : List.of(denials, claimFacts, quotes, events)) {
        for (StoryFact f : kind) {
          if (byKey.size() < FACTS) {
            byKey.putIfAbsent(f.key(), f);
          }
        }
      }
      return List.copyOf(byKey.values());
    }
  }
}
