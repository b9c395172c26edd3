package org.newsdesk.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.newsdesk.analyze.card.Claim;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.analyze.card.Place;
import org.newsdesk.analyze.card.Quote;

/**
 * Insight cards: kept whole as JSON (the contract in {@code docs/insight-card.schema.json}) and
 * spread over tables (entities and their mentions, quotes, events, claims, places) that the
 * story, search and digest features query. Entities are shared across articles by name and type;
 * a bare surname joins the person it clearly means ({@link SurnameLinks}), and people's merges
 * and splits ({@link EntityCorrections}) hold for later articles.
 */
public final class CardStore {

  private final Jdbi jdbi;

  public CardStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Stores the card of the claimed article, releases the claim and marks the article done. */
  public void completeAnalyze(org.newsdesk.store.Claim claim, InsightCard card, String json) {
    jdbi.useTransaction(h -> {
      WorkQueue.release(h, claim);
      long id = claim.articleId();
      h.createUpdate("""
              insert into insight_card (article_id, schema, card) values (:id, :schema, cast(:card as jsonb))
              on conflict (article_id) do update set schema = excluded.schema,
                card = excluded.card, analyzed_at = now()""")
          .bind("id", id).bind("schema", card.schema()).bind("card", json).execute();
      for (String table : List.of("mention", "quote", "event", "claim", "place")) {
        h.execute("delete from " + table + " where article_id = ?", id);
      }
      Map<String, Long> entityIds = insertEntities(h, id, card.entities());
      insertQuotes(h, id, card.quotes(), entityIds);
      insertEvents(h, id, card.events());
      insertClaims(h, id, card.claims());
      insertPlaces(h, id, card.places());
      h.createUpdate("update article set state = 'done', analyzed_at = now(), error = null"
          + " where id = :id").bind("id", id).execute();
      h.createUpdate("insert into work (article_id, stage) values (:id, 'group')"
          + " on conflict do nothing").bind("id", id).execute();
    });
  }

  /** The stored card JSON of an article. */
  public java.util.Optional<String> cardJson(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select card::text from insight_card where article_id = :id")
        .bind("id", articleId).mapTo(String.class).findOne());
  }

  private static Map<String, Long> insertEntities(Handle h, long articleId, List<Entity> entities) {
    Map<String, Long> ids = new HashMap<>();
    // One lock order for every transaction: two articles naming the same entities must not
    // deadlock on their rows.
    List<Entity> ordered = entities.stream()
        .sorted(java.util.Comparator.comparing(Entity::name).thenComparing(e -> e.type().name()))
        .toList();
    for (Entity e : ordered) {
      // A name merged into another entity by a person stays merged for new articles; a bare
      // surname goes to the person who dominates it.
      long entityId = h.createQuery(
              "select entity_id from entity_alias where name = :name and type = :type")
          .bind("name", e.name()).bind("type", e.type().name())
          .mapTo(Long.class).findOne()
          .or(() -> e.type() == org.newsdesk.analyze.card.EntityType.PERSON
              ? SurnameLinks.link(h, e.name()) : java.util.Optional.empty())
          .orElseGet(() -> h.createQuery("""
              insert into entity (name, type, country) values (:name, :type, :country)
              on conflict (name, type) do update set country = coalesce(entity.country, excluded.country)
              returning id""")
          .bind("name", e.name())
          .bind("type", e.type().name())
          .bind("country", e.country())
          .mapTo(Long.class).one());
      ids.put(e.id(), entityId);
      int first = e.mentions() == null || e.mentions().isEmpty() ? 0
          : e.mentions().stream().mapToInt(Entity.Mention::sentence).min().orElse(0);
      h.createUpdate("""
              insert into mention (article_id, entity_id, mentions, first_sentence)
              values (:a, :e, :n, :first)
              on conflict (article_id, entity_id) do update
                set mentions = mention.mentions + excluded.mentions""")
          .bind("a", articleId).bind("e", entityId)
          .bind("n", e.mentions() == null ? 0 : e.mentions().size())
          .bind("first", first)
          .execute();
    }
    return ids;
  }

  private static void insertQuotes(Handle h, long articleId, List<Quote> quotes,
      Map<String, Long> entityIds) {
    var batch = h.prepareBatch("""
        insert into quote (article_id, idx, kind, text, speaker, speaker_entity_id, verb, sentence)
        values (:a, :i, :kind, :text, :speaker, :entity, :verb, :sentence)""");
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      batch.bind("a", articleId).bind("i", i).bind("kind", q.kind().name()).bind("text", q.text())
          .bind("speaker", q.speaker())
          .bind("entity", q.speakerId() == null ? null : entityIds.get(q.speakerId()))
          .bind("verb", q.verb())
          .bind("sentence", q.sentence() == null ? -1 : q.sentence().index())
          .add();
    }
    if (!quotes.isEmpty()) {
      batch.execute();
    }
  }

  private static void insertEvents(Handle h, long articleId, List<Event> events) {
    var batch = h.prepareBatch("""
        insert into event (article_id, idx, type, plover, trigger, sources, targets, place,
          date_from, date_to, negated, sentence)
        values (:a, :i, :type, :plover, :trigger, :sources, :targets, :place, :from, :to,
          :negated, :sentence)""");
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      batch.bind("a", articleId).bind("i", i).bind("type", e.type()).bind("plover", e.plover())
          .bind("trigger", e.trigger())
          .bindArray("sources", String.class, nonNull(e.source()))
          .bindArray("targets", String.class, nonNull(e.target()))
          .bind("place", e.place())
          .bind("from", e.time() == null ? null : date(e.time().from()))
          .bind("to", e.time() == null ? null : date(e.time().to()))
          .bind("negated", e.negated())
          .bind("sentence", e.sentence() == null ? -1 : e.sentence().index())
          .add();
    }
    if (!events.isEmpty()) {
      batch.execute();
    }
  }

  private static void insertClaims(Handle h, long articleId, List<Claim> claims) {
    var batch = h.prepareBatch("""
        insert into claim (article_id, idx, text, claimed_by, denied_by, sentence)
        values (:a, :i, :text, :by, :denied, :sentence)""");
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      batch.bind("a", articleId).bind("i", i).bind("text", c.text())
          .bindArray("by", String.class, nonNull(c.claimedBy()))
          .bindArray("denied", String.class, nonNull(c.deniedBy()))
          .bind("sentence", c.sentence() == null ? -1 : c.sentence().index())
          .add();
    }
    if (!claims.isEmpty()) {
      batch.execute();
    }
  }

  private static void insertPlaces(Handle h, long articleId, List<Place> places) {
    var batch = h.prepareBatch("""
        insert into place (article_id, idx, name, type, country_code, lat, lon, precision)
        values (:a, :i, :name, :type, :cc, :lat, :lon, :precision)""");
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      batch.bind("a", articleId).bind("i", i).bind("name", p.name())
          .bind("type", p.type() == null ? null : p.type().name())
          .bind("cc", p.countryCode()).bind("lat", p.lat()).bind("lon", p.lon())
          .bind("precision", p.precision())
          .add();
    }
    if (!places.isEmpty()) {
      batch.execute();
    }
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }

  /** Resolved dates are ISO days, or coarser ("2023-09", "2023"); only days become SQL dates. */
  private static LocalDate date(String iso) {
    if (iso == null || iso.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
