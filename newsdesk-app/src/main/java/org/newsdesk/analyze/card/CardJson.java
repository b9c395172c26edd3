package org.newsdesk.analyze.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The insight card as pretty JSON: two-space indent, one item a line. The one writer of cards. */
public final class CardJson {

  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    WRITER = new ObjectMapper().writer(printer);
  }

  // The writer leaves empty lists out; reading them back as empty (not null) keeps every reader
  // of a stored card free of null checks.
  private static final com.fasterxml.jackson.databind.ObjectReader READER = reader();

  private CardJson() {}

  private static com.fasterxml.jackson.databind.ObjectReader reader() {
    ObjectMapper mapper = new ObjectMapper().configure(
        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    mapper.configOverride(java.util.List.class).setSetterInfo(
        com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
            com.fasterxml.jackson.annotation.Nulls.AS_EMPTY));
    return mapper.readerFor(InsightCard.class);
  }

  /** A stored card back as records (fields added by later schema versions are ignored). */
  public static InsightCard read(String json) {
    try {
      return READER.readValue(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not an insight card: " + e.getMessage(), e);
    }
  }

  public static String write(InsightCard card) {
    try {
      return WRITER.writeValueAsString(card);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the insight card as JSON: " + e.getMessage(),
          e);
    }
  }
}
