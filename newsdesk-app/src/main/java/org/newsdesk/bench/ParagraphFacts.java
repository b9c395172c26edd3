package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.store.IndexableArticle.NamedEntity;
import org.newsdesk.store.IndexableArticle.PlaceName;
import org.newsdesk.store.IndexableArticle.QuoteText;

/**
 * What a card might say about one paragraph, guessed with cheap rules instead of the analyzer
 * (which would need days for 100k articles): runs of capitalised words are entities, quoted
 * text is a quote said by the paragraph's first two-word name, a few dozen country and city names
 * are places, keywords are event types. Good enough to give the benchmark's field queries and
 * facets realistic cardinalities; not a substitute for the analyzer.
 */
record ParagraphFacts(String text, List<NamedEntity> entities, List<QuoteText> quotes,
    List<PlaceName> places, List<String> eventTypes) {

  private static final Pattern NAME =
      Pattern.compile("(?<![.!?]\\s)\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,2})\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{20,300})[\"”]");
  private static final Map<String, String> PLACES = Map.ofEntries(
      Map.entry("United States", "US"), Map.entry("China", "CN"), Map.entry("Russia", "RU"),
      Map.entry("United Kingdom", "GB"), Map.entry("France", "FR"), Map.entry("Germany", "DE"),
      Map.entry("Japan", "JP"), Map.entry("India", "IN"), Map.entry("Australia", "AU"),
      Map.entry("Canada", "CA"), Map.entry("Brazil", "BR"), Map.entry("Iran", "IR"),
      Map.entry("Iraq", "IQ"), Map.entry("Syria", "SY"), Map.entry("Israel", "IL"),
      Map.entry("Ukraine", "UA"), Map.entry("North Korea", "KP"), Map.entry("South Korea", "KR"),
      Map.entry("Pakistan", "PK"), Map.entry("Afghanistan", "AF"), Map.entry("Mexico", "MX"),
      Map.entry("Italy", "IT"), Map.entry("Spain", "ES"), Map.entry("Turkey", "TR"),
      Map.entry("Egypt", "EG"), Map.entry("Nigeria", "NG"), Map.entry("Indonesia", "ID"),
      Map.entry("London", "GB"), Map.entry("Paris", "FR"), Map.entry("Washington", "US"),
      Map.entry("New York", "US"), Map.entry("Beijing", "CN"), Map.entry("Moscow", "RU"),
      Map.entry("Hong Kong", "HK"), Map.entry("Tokyo", "JP"), Map.entry("Berlin", "DE"),
      Map.entry("California", "US"), Map.entry("Texas", "US"), Map.entry("Los Angeles", "US"));
  private static final Map<String, String> EVENT_WORDS = Map.ofEntries(
      Map.entry("attack", "attack"), Map.entry("killed", "attack"), Map.entry("bomb", "attack"),
      Map.entry("protest", "protest"), Map.entry("demonstrat", "protest"),
      Map.entry("met with", "meet"), Map.entry("summit", "meet"), Map.entry("visit", "meet"),
      Map.entry("agreed", "agree"), Map.entry("deal", "agree"), Map.entry("sanction", "sanction"),
      Map.entry("accuse", "accuse"), Map.entry("denied", "deny"), Map.entry("warn", "warn"),
      Map.entry("threat", "threaten"), Map.entry("investigat", "investigate"),
      Map.entry("arrest", "coerce"), Map.entry("support", "support"), Map.entry("aid", "provide_aid"));
  private static final Pattern ORGANIZATION = Pattern.compile(
      ".*\\b(Inc|Corp|Company|Party|Council|Ministry|University|Bank|Association|Agency"
          + "|Department|Court|Police|Service|Force|Group|News|Times|Post)$");

  static ParagraphFacts of(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find() && names.size() < 8) {
      names.add(m.group(1));
    }
    List<NamedEntity> entities = new ArrayList<>();
    List<PlaceName> places = new ArrayList<>();
    for (String n : names) {
      entities.add(new NamedEntity(n, type(n)));
    }
    PLACES.forEach((name, code) -> {
      if (text.contains(name)) {
        places.add(new PlaceName(name, Optional.of(code)));
        if (!names.contains(name)) {
          entities.add(new NamedEntity(name, "COUNTRY"));
        }
      }
    });
    Optional<String> speaker = names.stream().filter(n -> type(n).equals("PERSON")
        && !PLACES.containsKey(n) && n.split("\\s+").length == 2).findFirst();
    List<QuoteText> quotes = new ArrayList<>();
    Matcher q = QUOTE.matcher(text);
    while (q.find() && quotes.size() < 3) {
      quotes.add(new QuoteText(q.group(1).strip(), speaker));
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    Set<String> events = new LinkedHashSet<>();
    EVENT_WORDS.forEach((word, type) -> {
      if (lower.contains(word)) {
        events.add(type);
      }
    });
    return new ParagraphFacts(text, entities, quotes, places, List.copyOf(events));
  }

  private static String type(String name) {
    if (PLACES.containsKey(name)) {
      return "COUNTRY";
    }
    return ORGANIZATION.matcher(name).matches() ? "ORGANIZATION" : "PERSON";
  }
}
