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

  private CardJson() {}

  public static String write(InsightCard card) {
    try {
      return WRITER.writeValueAsString(card);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the insight card as JSON: " + e.getMessage(),
          e);
    }
  }
}
