package org.newsdesk.ingest.feeds;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). JSON is UTF-8 (RFC 8259), with
 * UTF-16/32 recognised by their byte order mark. Fields of the wrong type are ignored as if
 * absent, so one odd item does not cost the whole feed; each is recorded.
 */
final class JsonFeedReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonFeedReader() {}

  /** Whether the bytes look like JSON rather than XML: the first non-blank character is '{'. */
  static boolean looksLikeJson(byte[] bytes, Optional<String> contentType) {
    if (contentType.map(ct -> ct.toLowerCase().contains("json")).orElse(false)) {
      return true;
    }
    for (byte b : bytes) {
      if (b == '{') {
        return true;
      }
      if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || (b & 0xff) == 0xEF
          || (b & 0xff) == 0xBB || (b & 0xff) == 0xBF)) {
        return false;
      }
    }
    return false;
  }

  static FeedParse read(byte[] bytes, Optional<URI> source, Problems problems) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new FeedParse.Failed("not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      return new FeedParse.Failed("cannot read the JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      return new FeedParse.Failed("not a JSON Feed: the document is not a JSON object");
    }
    String version = text(root, "version").orElse("");
    if (!version.startsWith("https://jsonfeed.org/version/")
        && !version.startsWith("http://jsonfeed.org/version/")) {
      if (!root.has("items")) {
        return new FeedParse.Failed("not a JSON Feed: no \"version\" naming jsonfeed.org and no"
            + " \"items\"");
      }
      problems.add("the \"version\" is \"" + version + "\", not a jsonfeed.org version; read as 1.1");
    }
    String format = version.endsWith("/1") ? "json_1" : "json_1.1";
    String base = source.map(URI::toString).orElse(null);
    Optional<String> feedUrl = text(root, "feed_url");
    if (base == null && feedUrl.isPresent()) {
      base = feedUrl.get();
    }

    List<FeedItem> items = new ArrayList<>();
    JsonNode array = root.path("items");
    if (!array.isMissingNode() && !array.isArray()) {
      problems.add("\"items\" is not an array; no items read");
    } else {
      int i = 0;
      for (JsonNode item : array) {
        if (!item.isObject()) {
          problems.add("items[" + i + "] is not an object; skipped");
        } else {
          items.add(item(item, i, base, problems));
        }
        i++;
      }
    }
    String siteBase = base;
    ParsedFeed feed = new ParsedFeed(format,
        text(root, "title").map(XmlFeedReader::oneLine),
        text(root, "home_page_url").map(u -> Urls.resolve(siteBase, u)),
        text(root, "description").map(Entities::escape),
        text(root, "language"),
        Optional.empty(),
        items);
    Charset charset = StandardCharsets.UTF_8;
    return new FeedParse.Parsed(feed, charset, problems.list());
  }

  private static FeedItem item(JsonNode item, int index, String base, Problems problems) {
    Optional<String> contentHtml = text(item, "content_html")
        .or(() -> text(item, "content_text").map(Entities::escape));
    Optional<String> summary = text(item, "summary").map(Entities::escape);
    Set<String> authors = new LinkedHashSet<>();
    for (JsonNode a : item.path("authors")) {
      text(a, "name").ifPresent(authors::add);
    }
    text(item.path("author"), "name").ifPresent(authors::add);
    Set<String> tags = new LinkedHashSet<>();
    for (JsonNode t : item.path("tags")) {
      if (t.isTextual() && !t.asText().isBlank()) {
        tags.add(t.asText().strip());
      }
    }
    List<FeedItem.Enclosure> enclosures = new ArrayList<>();
    for (JsonNode a : item.path("attachments")) {
      text(a, "url").ifPresent(url -> enclosures.add(new FeedItem.Enclosure(
          Urls.resolve(base, url), text(a, "mime_type"),
          a.path("size_in_bytes").canConvertToLong() && a.path("size_in_bytes").asLong() > 0
              ? Optional.of(a.path("size_in_bytes").asLong()) : Optional.empty())));
    }
    Optional<String> id = Optional.ofNullable(item.get("id"))
        .filter(n -> n.isTextual() || n.isNumber())
        .map(JsonNode::asText).filter(s -> !s.isBlank());
    return new FeedItem(
        id,
        text(item, "url").or(() -> text(item, "external_url")).map(u -> Urls.resolve(base, u)),
        text(item, "title").map(XmlFeedReader::oneLine),
        summary,
        contentHtml,
        Optional.ofNullable(base),
        date(item, "date_published", index, problems),
        date(item, "date_modified", index, problems),
        List.copyOf(authors),
        List.copyOf(tags),
        enclosures);
  }

  private static Optional<Instant> date(JsonNode item, String field, int index,
      Problems problems) {
    Optional<String> value = text(item, field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.get()).toInstant());
    } catch (DateTimeParseException e) {
      Optional<Instant> lenient = FeedDates.parse(value.get());
      if (lenient.isEmpty()) {
        problems.add("items[" + index + "]." + field + " is not an RFC 3339 date: \""
            + value.get() + "\"");
      }
      return lenient;
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank()
        ? Optional.of(v.asText().strip()) : Optional.empty();
  }
}
