package org.newsdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the home page's list of stories is ({@code page}, from 0: the newest) and the links to
 * its neighbours, which keep the place and topic filters.
 */
public record StoryPaging(int page, boolean hasOlder, String place, String topic) {

  /** Stories a page shows. */
  static final int SIZE = 40;
  /** Deeper than this is a crawler walking offsets, not a reader: search serves those. */
  static final int MAX_PAGE = 250;

  /** The page a request asks for: {@code ?page=N}, anything unreadable read as the first. */
  static int requested(String param) {
    try {
      return param == null ? 0 : Math.max(0, Integer.parseInt(param.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The rank of the page's first story, so the list counts on across pages. */
  public int firstNumber() {
    return page * SIZE + 1;
  }

  public boolean hasNewer() {
    return page > 0;
  }

  public String newerHref() {
    return href(page - 1);
  }

  public String olderHref() {
    return href(page + 1);
  }

  private String href(int target) {
    StringBuilder s = new StringBuilder("/");
    char sep = '?';
    if (!place.isEmpty()) {
      s.append(sep).append("place=").append(URLEncoder.encode(place, StandardCharsets.UTF_8));
      sep = '&';
    }
    if (!topic.isEmpty()) {
      s.append(sep).append("topic=").append(URLEncoder.encode(topic, StandardCharsets.UTF_8));
      sep = '&';
    }
    if (target > 0) {
      s.append(sep).append("page=").append(target);
    }
    return s.toString();
  }
}
