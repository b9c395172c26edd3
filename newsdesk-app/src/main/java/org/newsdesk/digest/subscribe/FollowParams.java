package org.newsdesk.digest.subscribe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.digest.Follow;
import org.newsdesk.store.SubscriberStore;

/**
 * Follows as links and forms name them, {@code kind:value} ({@code entity:123}, {@code place:KP},
 * {@code topic:attack}, {@code search:putin}), turned into {@link Follow}s with the label a
 * reader sees looked up from the store. A value that names nothing (an unknown entity id) is
 * dropped rather than stored with a meaningless label.
 */
final class FollowParams {

  /** Longer queries or topics than this are not something anyone follows; bounds the table. */
  static final int MAX_VALUE_LENGTH = 200;
  static final int MAX_FOLLOWS = 50;

  private final SubscriberStore store;

  FollowParams(SubscriberStore store) {
    this.store = store;
  }

  /** The distinct follows named by {@code params}, in order, at most {@link #MAX_FOLLOWS}. */
  List<Follow> parse(List<String> params) {
    Map<String, Follow> byKey = new LinkedHashMap<>();
    for (String param : params) {
      parse(param).ifPresent(f -> byKey.putIfAbsent(f.kind() + ":" + f.value(), f));
      if (byKey.size() >= MAX_FOLLOWS) {
        break;
      }
    }
    return new ArrayList<>(byKey.values());
  }

  Optional<Follow> parse(String param) {
    if (param == null) {
      return Optional.empty();
    }
    int colon = param.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String kind = param.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = param.substring(colon + 1).strip();
    if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
      return Optional.empty();
    }
    return switch (kind) {
      case "entity" -> entity(value);
      case "place" -> place(value);
      case "topic" -> Optional.of(new Follow(Follow.Kind.TOPIC, value, value));
      case "search" -> Optional.of(new Follow(Follow.Kind.SEARCH, value, "Search: " + value));
      default -> Optional.empty();
    };
  }

  private Optional<Follow> entity(String value) {
    if (!value.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return store.entityName(Long.parseLong(value))
        .map(name -> new Follow(Follow.Kind.ENTITY, value, name));
  }

  private Optional<Follow> place(String value) {
    if (!value.matches("[A-Za-z]{2}")) {
      return Optional.empty();
    }
    String code = value.toUpperCase(Locale.ROOT);
    // A country no article is placed in yet can still be followed; Java knows its name.
    String name = store.placeName(code).orElseGet(() ->
        new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    return Optional.of(new Follow(Follow.Kind.PLACE, code, name));
  }

  /** The form value for {@code f}: what {@link #parse(String)} reads back. */
  static String param(Follow f) {
    return f.kind().dbName() + ":" + f.value();
  }
}
