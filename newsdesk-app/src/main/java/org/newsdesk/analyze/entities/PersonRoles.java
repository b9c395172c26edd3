package org.newsdesk.analyze.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.EntityType;
import org.newsdesk.analyze.places.Country;
import org.newsdesk.analyze.places.Gazetteer;

/**
 * Roles news gives people outside their titles, and the state a role ties them to:
 *
 * <ul>
 *   <li>an apposition after a name: "Putin, the Russian president," or "Kim, North Korea’s
 *       leader," gives the role "president" and the country Russia;
 *   <li>a plural of a role for the two people the article is about: "the two leaders met" makes
 *       each of them a "leader".
 * </ul>
 */
final class PersonRoles {

  private static final String ROLE = "(prime minister|foreign minister|defen[cs]e minister|minister|"
      + "president|vice president|leader|supreme leader|chancellor|king|queen|spokes(?:man|woman|person)|"
      + "chief executive|ceo|chairman|chairwoman|ambassador|envoy|secretary of state|secretary|mayor|"
      + "governor|senator|commander|general|head of state|premier|monarch|dictator)";
  private static final Pattern APPOSITION = Pattern.compile(
      "^,\\s+(?:the|a|an)?\\s*(?:([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)?)(?:’s|'s)?\\s+)?" + ROLE
          + "(?:\\s+of\\s+(?:the\\s+)?([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)?))?\\s*[,.;)]");
  private static final Pattern GROUP = Pattern.compile(
      "\\b(?:[Tt]he|[Bb]oth)\\s+(?:two\\s+)?(leader|president|prime minister|minister|premier|chancellor)s\\b");

  private PersonRoles() {}

  static List<Entity> attach(List<Entity> entities, String text, Gazetteer gazetteer) {
    List<Entity> out = new ArrayList<>(entities);
    for (int i = 0; i < out.size(); i++) {
      Entity e = out.get(i);
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Entity.Mention m : e.mentions()) {
        Matcher a = APPOSITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
        if (a.find()) {
          Optional<Country> country = Optional.ofNullable(a.group(1)).flatMap(gazetteer::countryNamed)
              .or(() -> Optional.ofNullable(a.group(3)).flatMap(gazetteer::countryNamed));
          e = withRole(e, a.group(2).toLowerCase(java.util.Locale.ROOT), country.map(Country::name).orElse(null));
        }
      }
      out.set(i, e);
    }
    Matcher g = GROUP.matcher(text);
    while (g.find()) {
      List<Entity> people = new EntityIndex(out).prominentPeople(g.start(), 2);
      if (people.size() == 2) {
        for (Entity p : people) {
          out.set(out.indexOf(p), withRole(p, g.group(1), null));
        }
      }
    }
    return out;
  }

  private static Entity withRole(Entity e, String role, String country) {
    Set<String> titles = new LinkedHashSet<>(e.titles());
    if (titles.stream().noneMatch(t -> t.equalsIgnoreCase(role))) {
      titles.add(role);
    }
    return new Entity(e.id(), e.name(), e.type(), e.country() != null ? e.country() : country, e.actsFor(),
        List.copyOf(titles), e.organization(), e.mentions());
  }
}
