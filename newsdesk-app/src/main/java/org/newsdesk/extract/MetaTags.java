package org.newsdesk.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key: {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv}, lower-cased, so that {@code DC.date} and {@code dc.date} are one key. When
 * a key repeats, its first non-blank value counts (a page's own tags come before those of the
 * embeds and widgets further down).
 */
final class MetaTags {

  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags of(Document doc) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.putIfAbsent(key, content);
        }
      }
    }
    return new MetaTags(values);
  }

  /** The value of the first of {@code keys} (lower case) the page has. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      String v = values.get(key);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
