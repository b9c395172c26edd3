package org.newsdesk.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.search.Facet;

/**
 * Links of the search page: the current query with a facet value added or removed, and the
 * next page, so that facets work as plain links without JavaScript.
 */
public final class SearchLinks {

  private final String q;
  private final Map<String, List<String>> filters;

  SearchLinks(Context ctx) {
    this.q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    this.filters = filters(ctx);
  }

  static Map<String, List<String>> filters(Context ctx) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<String> values = ctx.queryParams(f.dim());
      if (!values.isEmpty()) {
        out.put(f.dim(), List.copyOf(values));
      }
    }
    return out;
  }

  public boolean active(String dim, String value) {
    return filters.getOrDefault(dim, List.of()).contains(value);
  }

  /** This search with {@code value} of {@code dim} switched on or off. */
  public String toggle(String dim, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(next.getOrDefault(dim, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    if (values.isEmpty()) {
      next.remove(dim);
    } else {
      next.put(dim, values);
    }
    return url("/search", next, 0);
  }

  public String page(int page) {
    return url("/search", filters, page);
  }

  public String feed() {
    return url("/feeds/search", filters, 0);
  }

  private String url(String path, Map<String, List<String>> f, int page) {
    StringBuilder s = new StringBuilder(path).append("?q=").append(encode(q));
    f.forEach((dim, values) -> values.forEach(v -> s.append('&').append(dim).append('=')
        .append(encode(v))));
    if (page > 0) {
      s.append("&page=").append(page);
    }
    return s.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
