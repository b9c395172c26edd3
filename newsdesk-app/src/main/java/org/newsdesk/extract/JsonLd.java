package org.newsdesk.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The schema.org objects of a page's JSON-LD scripts, with the article objects (NewsArticle,
 * BlogPosting, ReportageNewsArticle…) told apart from the rest (WebPage, Organization,
 * BreadcrumbList…). Scripts that are not valid JSON are read leniently (raw line breaks inside
 * strings, comments, trailing commas, CDATA wrappers, which publishers' templates all produce),
 * and the ones that still fail are skipped.
 */
final class JsonLd {

  /** schema.org types of articles: every *Article, *BlogPosting, and other postings and reports. */
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(article|blogposting|posting|report)$");

  private static final int MAX_OBJECTS = 500;
  private static final int MAX_SCRIPT_CHARS = 2_000_000;

  private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
          .build())
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private final List<JsonNode> articles;
  private final List<JsonNode> others;

  private JsonLd(List<JsonNode> articles, List<JsonNode> others) {
    this.articles = articles;
    this.others = others;
  }

  /** Parsed once rather than on every page. */
  private static final Evaluator LD_JSON_SCRIPTS =
      QueryParser.parse("script[type~=(?i)application/ld\\+json]");

  static JsonLd of(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    for (Element script : doc.select(LD_JSON_SCRIPTS)) {
      String json = script.data().strip();
      if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      json = unwrapped(json);
      JsonNode root;
      try {
        root = LENIENT.readTree(json);
      } catch (JsonProcessingException | RuntimeException e) {
        continue;
      }
      collect(root, articles, others);
    }
    return new JsonLd(articles, others);
  }

  private static final Pattern CDATA_START = Pattern.compile("^(?:/\\*\\s*)?<!\\[CDATA\\[(?:\\s*\\*/)?");
  private static final Pattern CDATA_END = Pattern.compile("(?:/\\*\\s*)?]]>(?:\\s*\\*/)?$");
  private static final Pattern COMMENT_START = Pattern.compile("^<!--");
  private static final Pattern COMMENT_END = Pattern.compile("-->$");

  /**
   * The script without a CDATA section or HTML comment around it. Each expression runs only on
   * scripts holding its marker: the end ones are tried at every position of a script that can
   * be hundreds of kilobytes long.
   */
  private static String unwrapped(String json) {
    String s = json;
    s = s.contains("<![CDATA[") ? CDATA_START.matcher(s).replaceFirst("") : s;
    s = s.contains("]]>") ? CDATA_END.matcher(s).replaceFirst("") : s;
    s = s.contains("<!--") ? COMMENT_START.matcher(s).replaceFirst("") : s;
    return s.contains("-->") ? COMMENT_END.matcher(s).replaceFirst("") : s;
  }

  /** Every object with a {@code @type}, at any depth ({@code @graph}, {@code mainEntity}…). */
  private static void collect(JsonNode root, List<JsonNode> articles, List<JsonNode> others) {
    Deque<JsonNode> stack = new ArrayDeque<>();
    stack.push(root);
    int seen = 0;
    List<JsonNode> found = new ArrayList<>();
    while (!stack.isEmpty() && seen++ < MAX_OBJECTS * 20) {
      JsonNode node = stack.pop();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(node.get(i));
        }
      } else if (node.isObject()) {
        if (node.has("@type") && found.size() < MAX_OBJECTS) {
          found.add(node);
        }
        List<JsonNode> children = new ArrayList<>();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
          JsonNode child = it.next();
          if (child.isContainerNode()) {
            children.add(child);
          }
        }
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
    }
    for (JsonNode node : found) {
      (isArticle(node) ? articles : others).add(node);
    }
  }

  static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual() && ARTICLE_TYPE.matcher(t.asText()).matches()) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
  }

  /**
   * CMSs write HTML entities into JSON-LD strings ({@code &#8216;}, {@code &amp;}): JSON does not
   * need them, and a reader should not see them.
   */
  static String unescape(String s) {
    return s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&') ? Parser.unescapeEntities(s, false) : s;
  }

  List<JsonNode> articles() {
    return articles;
  }

  /** A text field of the first article that has it, then of any other object, if {@code orOthers}. */
  Optional<String> text(String field, boolean orOthers) {
    for (JsonNode a : articles) {
      Optional<String> v = text(a.get(field));
      if (v.isPresent()) {
        return v;
      }
    }
    if (orOthers) {
      for (JsonNode o : others) {
        Optional<String> v = text(o.get(field));
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The text of a value: a string, or an object's {@code @value}, {@code url}, {@code @id} or
   * {@code name}, or the first of an array.
   */
  static Optional<String> text(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isArray()) {
      for (JsonNode v : value) {
        Optional<String> t = text(v);
        if (t.isPresent()) {
          return t;
        }
      }
      return Optional.empty();
    }
    if (value.isObject()) {
      for (String key : new String[] {"@value", "url", "@id", "name"}) {
        if (value.has(key) && value.get(key).isValueNode()) {
          return text(value.get(key));
        }
      }
      return Optional.empty();
    }
    String s = unescape(value.asText()).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The names in an {@code author}-like value: strings, objects' names, arrays of either. */
  static List<String> names(JsonNode value, boolean peopleOnly) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    for (JsonNode item : items) {
      if (item.isTextual()) {
        names.add(unescape(item.asText()).strip());
      } else if (item.isObject() && item.path("name").isTextual()) {
        String type = item.path("@type").asText("").toLowerCase(Locale.ROOT);
        if (!peopleOnly || !type.contains("organization")) {
          names.add(unescape(item.path("name").asText()).strip());
        }
      }
    }
    names.removeIf(String::isEmpty);
    return names;
  }
}
