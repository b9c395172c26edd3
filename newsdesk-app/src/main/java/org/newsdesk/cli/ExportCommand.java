package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.store.Database;
import org.newsdesk.store.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk export}: articles, insight cards or events as JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write articles, insight cards or events as JSON Lines or CSV.")
final class ExportCommand implements Callable<Integer> {

  enum Format { jsonl, csv }

  @Mixin
  private StoreOptions storeOptions;

  @Option(names = "--what", defaultValue = "articles", paramLabel = "articles|cards|events",
      description = "What to export (default ${DEFAULT-VALUE}).")
  private String what;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv",
      description = "JSON Lines (default) or CSV (RFC 4180, header row).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    Exports.Kind kind;
    try {
      kind = Exports.Kind.valueOf(what.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, "--what must be articles, cards or events; got "
          + what);
    }
    try (Database db = storeOptions.open(storeOptions.config());
        Writer out = output == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      if (format == Format.jsonl) {
        ObjectMapper json = new ObjectMapper();
        new Exports(db).stream(kind, row -> write(out, () -> {
          if (row.containsKey("card")) {
            row.put("card", json.readTree((String) row.get("card")));
          }
          out.write(json.writeValueAsString(row));
          out.write('\n');
        }));
      } else {
        CsvMapper csv = new CsvMapper();
        SequenceWriter[] writer = {null};
        new Exports(db).stream(kind, row -> write(out, () -> {
          if (writer[0] == null) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            for (String column : row.keySet()) {
              schema.addColumn(column);
            }
            writer[0] = csv.writer(schema.build()).writeValues(out);
          }
          // An empty cell for a missing value: the writer would otherwise drop it and shift
          // every later column.
          List<Object> values = new ArrayList<>();
          row.values().forEach(v -> values.add(v == null ? "" : v));
          writer[0].write(values);
        }));
        if (writer[0] != null) {
          writer[0].flush();
        }
      }
      out.flush();
    }
    return ExitCode.OK.code();
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void write(Writer out, IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
