package org.newsdesk.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Corrections to entities: merging two that are one (e.g. "Kim Jong Un" and "Kim Jong-Un"), and
 * splitting articles off an entity that wrongly joins two (the "Johnson" of two different
 * people). A merge is remembered as an alias, so articles analyzed later land on the right
 * entity too.
 */
public final class EntityCorrections {

  private final Jdbi jdbi;

  public EntityCorrections(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Merges {@code from} into {@code into}: mentions, quotes and the name move; {@code from} goes. */
  public void merge(long from, long into) {
    if (from == into) {
      throw new IllegalArgumentException("an entity cannot be merged into itself");
    }
    jdbi.useTransaction(h -> {
      requireExists(h, from);
      requireExists(h, into);
      h.createUpdate("""
              insert into mention (article_id, entity_id, mentions, first_sentence)
              select article_id, :into, mentions, first_sentence from mention where entity_id = :from
              on conflict (article_id, entity_id) do update
                set mentions = mention.mentions + excluded.mentions,
                    first_sentence = least(mention.first_sentence, excluded.first_sentence)""")
          .bind("from", from).bind("into", into).execute();
      h.createUpdate("update quote set speaker_entity_id = :into where speaker_entity_id = :from")
          .bind("from", from).bind("into", into).execute();
      // Names merged earlier into `from` now point at `into`, and so does `from`'s own name.
      h.createUpdate("update entity_alias set entity_id = :into where entity_id = :from")
          .bind("from", from).bind("into", into).execute();
      h.createUpdate("""
              insert into entity_alias (name, type, entity_id)
              select name, type, :into from entity where id = :from
              on conflict (name, type) do update set entity_id = excluded.entity_id""")
          .bind("from", from).bind("into", into).execute();
      h.createUpdate("delete from entity where id = :from").bind("from", from).execute();
    });
  }

  /**
   * Moves the given articles' mentions (and quotes) of {@code entity} to the entity named
   * {@code name} (created if needed, same type).
   *
   * @return the id of the entity the articles now point at
   */
  public long split(long entity, List<Long> articleIds, String name) {
    return jdbi.inTransaction(h -> {
      requireExists(h, entity);
      String type = h.createQuery("select type from entity where id = :id").bind("id", entity)
          .mapTo(String.class).one();
      long target = h.createQuery("""
              insert into entity (name, type) values (:name, :type)
              on conflict (name, type) do update set name = excluded.name returning id""")
          .bind("name", name.strip()).bind("type", type).mapTo(Long.class).one();
      if (target == entity) {
        throw new IllegalArgumentException("the new name is the entity's own name");
      }
      h.createUpdate("""
              insert into mention (article_id, entity_id, mentions, first_sentence)
              select article_id, :target, mentions, first_sentence from mention
              where entity_id = :entity and article_id in (<articles>)
              on conflict (article_id, entity_id) do update
                set mentions = mention.mentions + excluded.mentions""")
          .bind("target", target).bind("entity", entity).bindList("articles", articleIds)
          .execute();
      h.createUpdate("delete from mention where entity_id = :entity and article_id in (<articles>)")
          .bind("entity", entity).bindList("articles", articleIds).execute();
      h.createUpdate("""
              update quote set speaker_entity_id = :target
              where speaker_entity_id = :entity and article_id in (<articles>)""")
          .bind("target", target).bind("entity", entity).bindList("articles", articleIds)
          .execute();
      return target;
    });
  }

  private static void requireExists(Handle h, long id) {
    if (h.createQuery("select count(*) from entity where id = :id").bind("id", id)
        .mapTo(Integer.class).one() == 0) {
      throw new IllegalArgumentException("no entity " + id);
    }
  }
}
