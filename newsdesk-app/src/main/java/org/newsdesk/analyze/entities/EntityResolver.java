package org.newsdesk.analyze.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.EntityType;
import org.newsdesk.analyze.nlp.ParsedArticle;
import org.newsdesk.analyze.places.City;
import org.newsdesk.analyze.places.Country;
import org.newsdesk.analyze.places.Gazetteer;
import org.newsdesk.analyze.places.NameMatch;
import org.newsdesk.analyze.places.Region;

/**
 * Gathers the names in an article into canonical entities, one per real-world thing.
 *
 * <p>Two sources of names meet here. CoreNLP's NER finds people, organizations, locations and
 * other names but types locations coarsely, splits or misses hyphenated and short name forms, and
 * does not know that Pyongyang acting is North Korea acting. The gazetteer finds every country by
 * name, alias (DPRK), demonym (Chinese) and capital, also inside hyphenated compounds
 * ("Russia-Ukraine"), and types cities. The rules, each general:
 *
 * <ul>
 *   <li>A country named inside a longer organization name belongs to that name ("Bank of China"),
 *       and gives the organization its country.
 *   <li>A capital is its state acting, unless a place preposition stands before it ("in Moscow").
 *   <li>A seat of government (the Kremlin) is an organization that acts for its state.
 *   <li>A demonym before a state institution names that institution ("the South Korean military").
 *   <li>A person mention whose words are part of a fuller name of the article joins it; the words
 *       of every full name are then found again where NER missed them ("Jong-Un said").
 *   <li>Titles before a name attach to the person; a capitalised name before the title is the
 *       person's organization ("Munitions Industry Department Director Jo Chun Ryong").
 *   <li>A single-word "person" after "the" is a thing ("the Angara"), not a person.
 *   <li>"Russia's far east" is a region of Russia: the Russian Far East.
 * </ul>
 */
public final class EntityResolver {

  private static final Set<String> NER_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Pattern REGION = Pattern.compile(
      "(?:’s|'s)\\s+(far\\s+)?(north|south|east|west|north-?east|north-?west|south-?east|"
          + "south-?west|centre|center|interior)\\b");

  private final Gazetteer gazetteer;

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** One name found in the text, before grouping. */
  private record Candidate(
      int start, int end, String text, EntityType type, String name, String countryCode,
      String actsForCode, String kind, List<String> titles, String organization) {

    String key() {
      return type + ":" + (type == EntityType.COUNTRY ? countryCode : normalise(name));
    }

    boolean overlaps(int s, int e) {
      return start < e && s < end;
    }
  }

  private record NerMention(int start, int end, String text, String tag, List<CoreLabel> tokens) {}

  public EntityIndex resolve(ParsedArticle article) {
    String text = article.text();
    List<NameMatch> countries = gazetteer.scanCountries(text);
    List<NerMention> ner = nerMentions(article);
    List<CoreLabel> allTokens = new ArrayList<>();
    for (CoreMap s : article.nlpSentences()) {
      allTokens.addAll(ParsedArticle.tokens(s));
    }

    Map<String, Set<String>> fullNamesByWord = fullPersonNames(ner);
    List<Candidate> out = new ArrayList<>();
    Set<NameMatch> absorbed = new HashSet<>();
    Set<String> articleCountries = new LinkedHashSet<>();
    countries.forEach(c -> articleCountries.add(c.country().code()));

    for (NerMention m : ner) {
      List<NameMatch> inside = countries.stream().filter(c -> c.start() < m.end() && m.start() < c.end()).toList();
      if (!inside.isEmpty() && coveredByCountries(m, inside)
          && (!m.tag().equals("PERSON") || (m.tokens().size() == 1 && inside.get(0).kind().equals("name")))) {
        continue; // "Moscow", "Russia-Ukraine", "North Korea": the gazetteer's matches stand for it
      }
      String bare = stripThe(m.text());
      if (m.tag().equals("PERSON") && endsInLowerCaseWord(bare)) {
        // "E. coli", "Escherichia coli": a species the tagger took for a person. A person's name
        // ends in a capitalised word; particles (van, bin, de) stand only inside it.
        out.add(new Candidate(m.start(), m.end(), m.text(), EntityType.OTHER, bare, null, null, "name", List.of(), null));
        continue;
      }
      Optional<String> person = personFor(bare, m.tag(), fullNamesByWord);
      if (m.tag().equals("PERSON") || person.isPresent()) {
        if (inside.stream().anyMatch(c -> c.start() >= m.start() && c.end() <= m.end())
            && !m.tag().equals("PERSON")) {
          continue;
        }
        absorbed.addAll(inside);
        Candidate c = personCandidate(m, bare, person, allTokens, text, out, countries);
        if (c != null) {
          out.add(c);
        }
        continue;
      }
      absorbed.addAll(inside);
      String countryCode = inside.isEmpty() ? null : inside.get(0).country().code();
      out.add(namedThing(m, bare, countryCode, articleCountries, text));
    }

    for (NameMatch c : countries) {
      if (absorbed.contains(c) || out.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.overlaps(c.start(), c.end()))) {
        continue;
      }
      out.addAll(countryCandidates(c, text, allTokens));
    }
    out.addAll(regions(text, countries));
    out.addAll(nameParts(text, out));
    return group(out, article);
  }

  private static List<NerMention> nerMentions(ParsedArticle article) {
    List<NerMention> list = new ArrayList<>();
    for (CoreMap s : article.nlpSentences()) {
      for (CoreMap m : s.get(CoreAnnotations.MentionsAnnotation.class)) {
        String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        if (!NER_TAGS.contains(tag) || tokens.stream().anyMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) {
          continue;
        }
        list.add(new NerMention(ParsedArticle.begin(m), ParsedArticle.end(m),
            m.get(CoreAnnotations.TextAnnotation.class), tag, tokens));
      }
    }
    return list;
  }

  /** Every word of every multi-word person name, to the names it is part of. */
  private static Map<String, Set<String>> fullPersonNames(List<NerMention> ner) {
    Map<String, Set<String>> byWord = new HashMap<>();
    for (NerMention m : ner) {
      if (!m.tag().equals("PERSON")) {
        continue;
      }
      String name = stripTitles(stripThe(m.text()));
      String[] words = name.split(" ");
      if (words.length < 2) {
        continue;
      }
      for (String w : words) {
        byWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(name);
      }
    }
    return byWord;
  }

  /** The full person name a mention stands for, when its words are all part of exactly one. */
  private static Optional<String> personFor(String mention, String tag, Map<String, Set<String>> byWord) {
    String[] words = stripTitles(mention).split(" ");
    Set<String> names = null;
    for (String w : words) {
      Set<String> of = byWord.get(w);
      if (of == null) {
        return Optional.empty();
      }
      names = names == null ? new LinkedHashSet<>(of) : intersect(names, of);
    }
    if (names == null || names.isEmpty()) {
      return Optional.empty();
    }
    String longest = names.stream().max(Comparator.comparingInt(String::length)).get();
    boolean unique = names.stream().allMatch(n -> longest.contains(n));
    if (!unique) {
      return Optional.empty();
    }
    // Other tags join a person only as a bare name part (NER's "Jong-Un/MISC").
    return tag.equals("PERSON") || words.length == 1 ? Optional.of(longest) : Optional.empty();
  }

  private static boolean endsInLowerCaseWord(String name) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    return words.length > 1 && !last.isEmpty() && Character.isLowerCase(last.charAt(0));
  }

  private Candidate personCandidate(NerMention m, String bare, Optional<String> fullName,
      List<CoreLabel> tokens, String text, List<Candidate> sofar, List<NameMatch> countries) {
    String name = fullName.orElse(stripTitles(bare));
    if (name.split(" ").length == 1 && precededByThe(text, m.start()) && fullName.isEmpty()) {
      return new Candidate(m.start(), m.end(), m.text(), EntityType.OTHER, bare, null, null, "name", List.of(), null);
    }
    // Titles and an organization before the name: walk back over title words, then over a
    // capitalised run.
    int idx = tokenIndexAt(tokens, m.start());
    List<String> titles = new ArrayList<>();
    for (String w : stripThe(m.text()).split(" ")) {
      if (NameLexicon.TITLES.contains(w.toLowerCase(Locale.ROOT))) {
        titles.add(w);
      } else {
        break;
      }
    }
    int i = idx - 1;
    while (i >= 0 && NameLexicon.TITLES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
      titles.add(0, tokens.get(i).word());
      i--;
    }
    String organization = null;
    String countryCode = null;
    if (!titles.isEmpty() && i >= 0) {
      int runEnd = i;
      while (i >= 0 && (isCapitalised(tokens.get(i).word()) || isPossessive(tokens.get(i).word()))
          && tokens.get(i).endPosition() <= m.start()) {
        i--;
      }
      if (i < runEnd) {
        int start = tokens.get(i + 1).beginPosition();
        int end = tokens.get(runEnd).endPosition();
        String run = text.substring(start, end);
        Optional<NameMatch> country = countries.stream()
            .filter(c -> c.start() == start && c.end() == end).findFirst();
        if (country.isPresent()) {
          countryCode = country.get().country().code();
        } else if (!isPossessive(tokens.get(i + 1).word())) {
          organization = sofar.stream().filter(c -> c.overlaps(start, end) && c.type() == EntityType.ORGANIZATION)
              .map(Candidate::name).findFirst().orElse(run);
          if (sofar.stream().noneMatch(c -> c.overlaps(start, end))) {
            sofar.add(new Candidate(start, end, run, EntityType.ORGANIZATION, run, null, null, "name", List.of(), null));
          }
        }
      }
    }
    return new Candidate(m.start(), m.end(), m.text(), EntityType.PERSON, name, countryCode, null,
        "name", titles, organization);
  }

  private Candidate namedThing(NerMention m, String bare, String countryCode, Set<String> articleCountries, String text) {
    String head = lastWord(bare).toLowerCase(Locale.ROOT);
    Optional<String> seat = GovernmentSeats.countryCode(bare);
    if (seat.isPresent()) {
      return new Candidate(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, bare, seat.get(),
          seat.get(), "name", List.of(), null);
    }
    if (NameLexicon.FACILITY_HEADS.contains(head) && bare.contains(" ")) {
      return new Candidate(m.start(), m.end(), m.text(), EntityType.FACILITY, bare, countryCode, null, "name", List.of(), null);
    }
    switch (m.tag()) {
      case "ORGANIZATION":
        return new Candidate(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, bare, countryCode, null, "name", List.of(), null);
      case "LOCATION": {
        // "the West", "the Gulf": a name with an article is a region, not the town of that name.
        // The article heads the name only when no capitalised word follows ("the New York State
        // Attorney General" is about New York).
        boolean withArticle = (!m.text().equals(bare) || precededByThe(text, m.start()))
            && !nextWordCapitalised(text, m.end());
        Optional<City> city = withArticle ? Optional.empty() : gazetteer.bestCity(bare, List.copyOf(articleCountries));
        if (city.isPresent()) {
          return new Candidate(m.start(), m.end(), m.text(), EntityType.CITY, bare, city.get().countryCode(), null, "name", List.of(), null);
        }
        String regionCountry = withArticle ? null
            : gazetteer.region(bare, List.copyOf(articleCountries)).map(Region::countryCode).orElse(null);
        return new Candidate(m.start(), m.end(), m.text(), EntityType.PLACE, bare,
            regionCountry != null ? regionCountry : countryCode, null, "name", List.of(), null);
      }
      default:
        return new Candidate(m.start(), m.end(), m.text(), EntityType.OTHER, bare, countryCode, null, "name", List.of(), null);
    }
  }

  private List<Candidate> countryCandidates(NameMatch c, String text, List<CoreLabel> tokens) {
    Country country = c.country();
    List<Candidate> list = new ArrayList<>();
    switch (c.kind()) {
      case "capital" -> {
        String before = wordBefore(text, c.start()).toLowerCase(Locale.ROOT);
        boolean possessive = text.startsWith("’s", c.end()) || text.startsWith("'s", c.end());
        boolean moving = (before.equals("to") || before.equals("from"))
            && NameLexicon.MOTION_WORDS.contains(rawWordBefore(text, c.start() - before.length() - 1).toLowerCase(Locale.ROOT));
        if (!possessive && (NameLexicon.PLACE_PREPOSITIONS.contains(before) || moving)) {
          list.add(new Candidate(c.start(), c.end(), c.text(), EntityType.CITY, c.text(), country.code(), null, "name", List.of(), null));
        } else {
          list.add(new Candidate(c.start(), c.end(), c.text(), EntityType.COUNTRY, country.name(), country.code(), null, "metonym", List.of(), null));
        }
      }
      case "demonym" -> {
        list.add(new Candidate(c.start(), c.end(), c.text(), EntityType.COUNTRY, country.name(), country.code(), null, "demonym", List.of(), null));
        institutionAfter(text, c.end(), tokens).ifPresent(end -> {
          String name = text.substring(c.start(), end);
          list.add(new Candidate(c.start(), end, name, EntityType.ORGANIZATION, name, country.code(), country.code(), "name", List.of(), null));
        });
      }
      default -> list.add(new Candidate(c.start(), c.end(), c.text(), EntityType.COUNTRY, country.name(), country.code(), null, c.kind(), List.of(), null));
    }
    return list;
  }

  /** End of "military" in "South Korean military", unless it modifies a noun ("military aid"). */
  private static Optional<Integer> institutionAfter(String text, int from, List<CoreLabel> tokens) {
    if (from >= text.length() || text.charAt(from) != ' ') {
      return Optional.empty();
    }
    String rest = text.substring(from + 1, Math.min(text.length(), from + 40)).toLowerCase(Locale.ROOT);
    String best = null;
    for (String inst : NameLexicon.INSTITUTIONS) {
      if (rest.startsWith(inst) && (rest.length() == inst.length() || !Character.isLetter(rest.charAt(inst.length())))
          && (best == null || inst.length() > best.length())) {
        best = inst;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int end = from + 1 + best.length();
    int next = tokenIndexAt(tokens, end + 1);
    if (next >= 0 && next < tokens.size() && tokens.get(next).beginPosition() == end + 1
        && tokens.get(next).tag() != null && tokens.get(next).tag().startsWith("NN")
        && Character.isLowerCase(tokens.get(next).word().charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(end);
  }

  /** "Russia's far east" → the Russian Far East; "Ukraine's east" → Eastern Ukraine. */
  private List<Candidate> regions(String text, List<NameMatch> countries) {
    List<Candidate> list = new ArrayList<>();
    for (NameMatch c : countries) {
      if (!c.kind().equals("name") && !c.kind().equals("alias")) {
        continue;
      }
      Matcher m = REGION.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 30));
      if (!m.lookingAt()) {
        continue;
      }
      String dir = capitalise(m.group(2).replace("-", ""));
      Country country = c.country();
      String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
      String name = m.group(1) != null ? demonym + " Far " + dir : dir + "ern " + country.name();
      list.add(new Candidate(c.start(), m.end(), text.substring(c.start(), m.end()), EntityType.PLACE,
          name, country.code(), null, "region", List.of(), null));
    }
    return list;
  }

  /** Words of full person names where NER missed them: "Jong-Un said". */
  private static List<Candidate> nameParts(String text, List<Candidate> found) {
    Map<String, Set<String>> byWord = new HashMap<>();
    Map<String, Candidate> template = new HashMap<>();
    for (Candidate c : found) {
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      template.putIfAbsent(c.name(), c);
      for (String w : c.name().split(" ")) {
        if (w.length() >= 3 && !NameLexicon.TITLES.contains(w.toLowerCase(Locale.ROOT))) {
          byWord.computeIfAbsent(w, k -> new HashSet<>()).add(c.name());
        }
      }
    }
    List<Candidate> list = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : byWord.entrySet()) {
      if (e.getValue().size() != 1) {
        continue;
      }
      String word = e.getKey();
      String name = e.getValue().iterator().next();
      int from = 0;
      int at;
      while ((at = text.indexOf(word, from)) >= 0) {
        int end = at + word.length();
        from = end;
        if ((at > 0 && isNameChar(text.charAt(at - 1))) || (end < text.length() && isNameChar(text.charAt(end)))) {
          continue;
        }
        final int s = at;
        if (found.stream().anyMatch(c -> c.overlaps(s, end)) || list.stream().anyMatch(c -> c.overlaps(s, end))) {
          continue;
        }
        list.add(new Candidate(at, end, word, EntityType.PERSON, name, null, null, "name", List.of(), null));
      }
    }
    return list;
  }

  private EntityIndex group(List<Candidate> candidates, ParsedArticle article) {
    candidates = organizationsTakenForPeople(candidates);
    Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    candidates.sort(Comparator.comparingInt(Candidate::start));
    for (Candidate c : candidates) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<Entity> entities = new ArrayList<>();
    for (List<Candidate> group : byKey.values()) {
      Candidate first = group.get(0);
      String countryCode = group.stream().map(Candidate::countryCode).filter(x -> x != null).findFirst().orElse(null);
      String actsFor = group.stream().map(Candidate::actsForCode).filter(x -> x != null).findFirst().orElse(null);
      Set<String> titles = new LinkedHashSet<>();
      group.forEach(c -> titles.addAll(c.titles()));
      String organization = group.stream().map(Candidate::organization).filter(x -> x != null).findFirst().orElse(null);
      List<Entity.Mention> mentions = new ArrayList<>();
      Set<Integer> starts = new HashSet<>();
      for (Candidate c : group) {
        if (starts.add(c.start())) {
          mentions.add(new Entity.Mention(c.text(), c.start(), c.end(), c.kind(), article.sentenceIndexAt(c.start())));
        }
      }
      String name = first.type() == EntityType.COUNTRY ? gazetteer.country(countryCode).map(Country::name).orElse(first.name())
          : group.stream().map(Candidate::name).max(Comparator.comparingInt(String::length)).get();
      entities.add(new Entity("e" + (entities.size() + 1), name, first.type(),
          countryName(first.type() == EntityType.COUNTRY ? null : countryCode), countryName(actsFor),
          List.copyOf(titles), organization, List.copyOf(mentions)));
    }
    return new EntityIndex(PersonRoles.attach(entities, article.text(), gazetteer));
  }

  /**
   * NER often tags a one-word company ("WeWork") a person in some sentences and an organization
   * in others. A one-word "person" with no fuller name in the article, tagged an organization
   * anywhere, is the organization.
   */
  private static List<Candidate> organizationsTakenForPeople(List<Candidate> candidates) {
    Set<String> organizations = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.ORGANIZATION) {
        organizations.add(c.name());
      }
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean oneWord = c.type() == EntityType.PERSON && !c.name().contains(" ");
      out.add(oneWord && organizations.contains(c.name())
          ? new Candidate(c.start(), c.end(), c.text(), EntityType.ORGANIZATION, c.name(), c.countryCode(),
              null, c.kind(), List.of(), null)
          : c);
    }
    return out;
  }

  private String countryName(String code) {
    return code == null ? null : gazetteer.country(code).map(Country::name).orElse(null);
  }

  private static boolean coveredByCountries(NerMention m, List<NameMatch> inside) {
    for (int i = m.start(); i < m.end(); i++) {
      char ch = m.text().charAt(i - m.start());
      if (!Character.isLetter(ch)) {
        continue;
      }
      final int at = i;
      if (inside.stream().noneMatch(c -> c.start() <= at && at < c.end())) {
        return false;
      }
    }
    return true;
  }

  static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  private static String stripTitles(String name) {
    String[] words = name.split(" ");
    int i = 0;
    while (i < words.length - 1 && NameLexicon.TITLES.contains(words[i].toLowerCase(Locale.ROOT))) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  private static String normalise(String s) {
    return stripThe(s).replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  private static <T> Set<T> intersect(Set<T> a, Set<T> b) {
    a.retainAll(b);
    return a;
  }

  private static int tokenIndexAt(List<CoreLabel> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).endPosition() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static boolean nextWordCapitalised(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  private static boolean precededByThe(String text, int start) {
    return rawWordBefore(text, start).equalsIgnoreCase("the");
  }

  /** The word before {@code start}, looking past "the": "in the Kremlin" gives "in". */
  private static String wordBefore(String text, int start) {
    String w = rawWordBefore(text, start);
    if (w.equalsIgnoreCase("the")) {
      int s = start;
      while (s > 0 && text.charAt(s - 1) == ' ') {
        s--;
      }
      return rawWordBefore(text, s - w.length());
    }
    return w;
  }

  private static String rawWordBefore(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, e);
  }

  private static String lastWord(String s) {
    int sp = s.lastIndexOf(' ');
    return sp < 0 ? s : s.substring(sp + 1);
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean isPossessive(String w) {
    return w.equals("’s") || w.equals("'s");
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
