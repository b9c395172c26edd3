package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.newsdesk.analyze.places.Gazetteer;
import org.newsdesk.analyze.places.NameMatch;
import org.newsdesk.store.Database;

/**
 * A day's news for the digest benchmark, from real articles without the NLP analyzer (seconds
 * per article): ECB+ articles grouped by the event they report (one story per event) and
 * Wikinews articles (one story each), with entities, places, events, claims and quotes derived
 * by simple rules from their text — proper-name runs, the gazetteer's country names, trigger
 * words, "said" sentences and quotation marks. Crude next to the analyzer, but real names,
 * countries and sizes, which is what the digest's cost depends on.
 */
final class DigestBenchCorpus {

  /** What was built: counts, and what subscribers can follow. */
  record Built(int stories, int articles, List<String[]> entities, List<String[]> countries,
      List<String> eventTypes) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile(
      "\\b(?:[A-Z][a-z]+|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z]+|[A-Z]\\.|of|de|al))*\\s+[A-Z][a-z]+\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”]{20,300})[\"”]");
  private static final Set<String> ORG_WORDS = Set.of("Department", "Ministry", "Police",
      "Party", "Army", "Council", "Agency", "University", "Association", "Company", "Corporation",
      "Court", "Office", "Service", "Center", "Centre", "Committee", "Commission", "Force",
      "Bank", "Times", "News", "Post", "Guard", "Union", "Institute", "Group", "Board");
  private static final Set<String> NOT_NAMES = Set.of("The", "In", "On", "At", "A", "An", "But",
      "He", "She", "It", "They", "This", "That", "When", "After", "Before", "According", "As",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final Map<String, Pattern> EVENT_WORDS = new LinkedHashMap<>();

  static {
    EVENT_WORDS.put("attack", Pattern.compile("\\b(attack(ed|s)?|shot|killed|bomb(ed|ing)?)\\b"));
    EVENT_WORDS.put("investigate", Pattern.compile("\\b(investigat\\w+|arrest(ed)?|charged)\\b"));
    EVENT_WORDS.put("protest", Pattern.compile("\\bprotest(ed|ers|s)?\\b"));
    EVENT_WORDS.put("meet", Pattern.compile("\\b(met|meeting|talks)\\b"));
    EVENT_WORDS.put("agree", Pattern.compile("\\b(agreed|agreement|deal)\\b"));
    EVENT_WORDS.put("warn", Pattern.compile("\\bwarn(ed|s|ing)?\\b"));
    EVENT_WORDS.put("provide_aid", Pattern.compile("\\b(aid|relief|rescue(d)?)\\b"));
    EVENT_WORDS.put("sanction", Pattern.compile("\\bsanction(s|ed)?\\b"));
  }

  private final Database db;
  private final Gazetteer gazetteer = Gazetteer.load();
  private final Random random;
  private final Map<String, Long> entityIds = new HashMap<>();
  private final Map<String, Integer> entityArticles = new HashMap<>();
  private final Map<String, String> entityTypes = new HashMap<>();
  private final Map<String, String[]> countries = new HashMap<>();
  private final Map<String, Integer> eventCounts = new HashMap<>();

  DigestBenchCorpus(Database db, long seed) {
    this.db = db;
    this.random = new Random(seed);
  }

  /** Builds the day's stories, their news spread over the 24 hours before {@code now}. */
  Built build(Path shared, Instant now) {
    Map<String, List<JsonNode>> stories = new LinkedHashMap<>();
    read(shared.resolve("ecbplus-stories/ecbplus.jsonl")).forEach(n ->
        stories.computeIfAbsent("ecb:" + n.path("cluster").asText(), k -> new ArrayList<>())
            .add(n));
    read(shared.resolve("wikinews-demo/wikinews_en.jsonl")).forEach(n ->
        stories.computeIfAbsent("wn:" + n.path("id").asText(), k -> new ArrayList<>()).add(n));
    int[] articles = {0};
    db.jdbi().useTransaction(h -> {
      for (List<JsonNode> group : stories.values()) {
        articles[0] += story(h, group, now);
      }
    });
    List<String[]> entities = entityArticles.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> new String[] {String.valueOf(entityIds.get(e.getKey())), e.getKey()})
        .toList();
    return new Built(stories.size(), articles[0], entities, List.copyOf(countries.values()),
        eventCounts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(Map.Entry::getKey).toList());
  }

  private int story(Handle h, List<JsonNode> group, Instant now) {
    Instant last = now.minusSeconds(60 + random.nextInt(24 * 3600 - 120));
    Instant first = last.minusSeconds(random.nextInt(6 * 3600));
    long sources = group.stream().map(n -> n.path("source").asText(""))
        .filter(s -> !s.isEmpty()).distinct().count()
        + group.stream().filter(n -> n.path("source").asText("").isEmpty()).count();
    long story = h.createQuery("""
            insert into story (title, first_published, last_published, articles,
              independent_sources, created_at, updated_at)
            values (:t, :first, :last, :n, :src, :first, :last) returning id""")
        .bind("t", group.get(0).path("title").asText()).bind("first", first).bind("last", last)
        .bind("n", group.size()).bind("src", (int) sources).mapTo(Long.class).one();
    for (int i = 0; i < group.size(); i++) {
      JsonNode n = group.get(i);
      Instant published = i == 0 ? first : first.plusSeconds(
          (long) (random.nextDouble() * (last.getEpochSecond() - first.getEpochSecond())));
      String text = n.path("text").asText();
      long article = h.createQuery("""
              insert into article (url, origin, source_name, state, title, body, published_at,
                language, story_id, grouped_at, analyzed_at)
              values (:url, 'file', :src, 'done', :t, :body, :at, 'en', :story, :at, :at)
              returning id""")
          .bind("url", "bench:" + n.path("id").asText()).bind("src", n.path("source").asText(null))
          .bind("t", n.path("title").asText()).bind("body", text).bind("at", published)
          .bind("story", story).mapTo(Long.class).one();
      features(h, article, text);
    }
    return group.size();
  }

  /** Mentions, places, events, claims and quotes of one article, by rule. */
  private void features(Handle h, long article, String text) {
    Map<String, Integer> names = new LinkedHashMap<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group();
      String firstWord = name.split("\\s+")[0];
      if (NOT_NAMES.contains(firstWord) || !gazetteer.scanCountries(name).isEmpty()) {
        continue;
      }
      names.merge(name, 1, Integer::sum);
    }
    var mentions = h.prepareBatch("""
        insert into mention (article_id, entity_id, mentions, first_sentence)
        values (:a, :e, :n, 0) on conflict do nothing""");
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      mentions.bind("a", article).bind("e", entity(h, e.getKey())).bind("n", e.getValue()).add();
      entityArticles.merge(e.getKey(), 1, Integer::sum);
    }
    if (!names.isEmpty()) {
      mentions.execute();
    }
    List<NameMatch> places = gazetteer.scanCountries(text);
    Map<String, NameMatch> byCountry = new LinkedHashMap<>();
    for (NameMatch p : places) {
      byCountry.putIfAbsent(p.country().code(), p);
    }
    int idx = 0;
    for (NameMatch p : byCountry.values()) {
      h.createUpdate("""
              insert into place (article_id, idx, name, type, country_code)
              values (:a, :i, :n, 'COUNTRY', :cc)""")
          .bind("a", article).bind("i", idx++).bind("n", p.country().name())
          .bind("cc", p.country().code()).execute();
      countries.putIfAbsent(p.country().code(),
          new String[] {p.country().code(), p.country().name()});
    }
    String[] sentences = text.split("\n|(?<=[.!?])\\s+(?=[A-Z\"“])");
    int events = 0;
    int claims = 0;
    int quotes = 0;
    for (int s = 0; s < sentences.length; s++) {
      String sentence = sentences[s];
      String lower = sentence.toLowerCase(Locale.ROOT);
      String actor = firstName(sentence, names);
      for (Map.Entry<String, Pattern> ev : EVENT_WORDS.entrySet()) {
        if (ev.getValue().matcher(lower).find() && events < 6) {
          h.createUpdate("""
                  insert into event (article_id, idx, type, sources, targets, negated, sentence)
                  values (:a, :i, :t, :src, '{}', false, :s)""")
              .bind("a", article).bind("i", events++).bind("t", ev.getKey())
              .bindArray("src", String.class, actor == null ? List.of() : List.of(actor))
              .bind("s", s).execute();
          eventCounts.merge(ev.getKey(), 1, Integer::sum);
          break;
        }
      }
      Matcher q = QUOTE.matcher(sentence);
      if (q.find() && actor != null && quotes < 5) {
        h.createUpdate("""
                insert into quote (article_id, idx, kind, text, speaker, speaker_entity_id,
                  verb, sentence)
                values (:a, :i, 'direct', :t, :sp, :e, 'said', :s)""")
            .bind("a", article).bind("i", quotes++).bind("t", q.group(1)).bind("sp", actor)
            .bind("e", entityIds.get(actor)).bind("s", s).execute();
      } else if (lower.contains(" said ") && actor != null && claims < 4
          && sentence.length() < 300) {
        boolean denied = lower.matches(".*\\b(denied|denies|rejected)\\b.*");
        String claim = sentence.replaceFirst("^.*?\\bsaid (that )?", "").strip();
        if (claim.length() > 20) {
          h.createUpdate("""
                  insert into claim (article_id, idx, text, claimed_by, denied_by, sentence)
                  values (:a, :i, :t, :by, :denied, :s)""")
              .bind("a", article).bind("i", claims++).bind("t", claim)
              .bindArray("by", String.class, denied ? List.of() : List.of(actor))
              .bindArray("denied", String.class, denied ? List.of(actor) : List.of())
              .bind("s", s).execute();
        }
      }
    }
  }

  private static String firstName(String sentence, Map<String, Integer> names) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (String name : names.keySet()) {
      int at = sentence.indexOf(name);
      if (at >= 0 && at < best) {
        best = at;
        found = name;
      }
    }
    return found;
  }

  private long entity(Handle h, String name) {
    return entityIds.computeIfAbsent(name, n -> {
      String last = n.substring(n.lastIndexOf(' ') + 1);
      String type = ORG_WORDS.contains(last) ? "ORGANIZATION" : "PERSON";
      entityTypes.put(n, type);
      return h.createQuery("""
              insert into entity (name, type) values (:n, :t)
              on conflict (name, type) do update set name = excluded.name returning id""")
          .bind("n", n).bind("t", type).mapTo(Long.class).one();
    });
  }

  private static List<JsonNode> read(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
