package org.newsdesk.search;

import java.util.Set;

/** Field names of the index, shared by the writer, the query parser and the searcher. */
final class IndexFields {

  static final String ID = "id";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String QUOTE = "quote";
  static final String PUBLISHED = "published";

  // Names matched whole and case-insensitively: entity:"North Korea" must not match "Korea".
  static final String ENTITY = "entity";
  static final String SPEAKER = "speaker";
  static final String PLACE = "place";
  static final String COUNTRY = "country";
  static final String SOURCE = "source";
  static final String TYPE = "type";

  static final Set<String> NAME_FIELDS = Set.of(ENTITY, SPEAKER, PLACE, COUNTRY, SOURCE, TYPE);

  private IndexFields() {}
}
