package org.newsdesk.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A person an article names by surname alone ("Trump", "Merkel") is the known person of that
 * surname when one clearly dominates the news so far. The analyzer resolves names within one
 * article, so a report that never gives the full name made an entity of its own ("Trump", 5
 * articles, beside "Donald Trump", 50). The link is recorded as an alias — shown on the entity's
 * page, undone by a split — so later articles follow it; an earlier entity of the bare surname is
 * left for a person to merge, since moving other articles' mentions here would race the workers
 * storing them.
 */
final class SurnameLinks {

  /** Articles the dominant person needs before a bare surname is taken for them. */
  static final int MIN_ARTICLES = 3;
  /** Their share of the articles of every person with that surname: "Johnson" is no one in particular. */
  static final double MIN_SHARE = 0.8;

  private SurnameLinks() {}

  /** The entity {@code surname} stands for, recording the alias, or empty when no one dominates. */
  static Optional<Long> link(Handle h, String surname) {
    if (surname.isBlank() || surname.contains(" ")) {
      return Optional.empty();
    }
    record Candidate(long id, int articles) {}
    List<Candidate> people = h.createQuery("""
            select e.id, count(m.article_id) from entity e join mention m on m.entity_id = e.id
            where e.type = 'PERSON' and substring(e.name from '[^ ]+$') = :surname and e.name <> :surname
            group by e.id order by count(m.article_id) desc, e.id""")
        .bind("surname", surname)
        .map((rs, ctx) -> new Candidate(rs.getLong(1), rs.getInt(2)))
        .list();
    if (people.isEmpty()) {
      return Optional.empty();
    }
    int all = people.stream().mapToInt(Candidate::articles).sum();
    Candidate top = people.get(0);
    if (top.articles() < MIN_ARTICLES || top.articles() < MIN_SHARE * all) {
      return Optional.empty();
    }
    h.createUpdate("""
            insert into entity_alias (name, type, entity_id) values (:name, 'PERSON', :id)
            on conflict (name, type) do nothing""")
        .bind("name", surname).bind("id", top.id()).execute();
    return Optional.of(top.id());
  }
}
