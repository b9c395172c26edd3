package org.newsdesk.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Quotes and claims told apart by their words rather than by how each outlet typed them: a
 * story's articles often carry the same quote, once with curly quotes, once with straight ones,
 * or wrapped differently.
 */
final class SameWords {

  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"'`´‘’‚‛“”„‟«»‹›]");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ENDS = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");

  private SameWords() {}

  /** The text as compared: case, quote marks, spacing and the punctuation at its ends ignored. */
  static String key(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = QUOTE_MARKS.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ");
    return ENDS.matcher(s).replaceAll("");
  }

  /** An item standing for all that share its words, and their distinct articles. */
  record Counted<T>(T first, List<T> all, int articles) {}

  /**
   * One entry per distinct text, in the order given (so the first, e.g. the earliest article's,
   * stands for the rest), each with the number of articles that carry it.
   */
  static <T> List<Counted<T>> distinct(List<T> items, Function<T, String> text,
      ToLongFunction<T> article) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key(text.apply(item)), k -> new ArrayList<>()).add(item);
    }
    List<Counted<T>> out = new ArrayList<>(groups.size());
    for (List<T> group : groups.values()) {
      Set<Long> articles = new LinkedHashSet<>();
      group.forEach(item -> articles.add(article.applyAsLong(item)));
      out.add(new Counted<>(group.get(0), List.copyOf(group), articles.size()));
    }
    return out;
  }
}
