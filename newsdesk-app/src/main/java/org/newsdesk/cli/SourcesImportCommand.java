package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.config.NewsdeskConfig;
import org.newsdesk.ingest.feeds.Subscriptions;
import org.newsdesk.ingest.feeds.OpmlImport;
import org.newsdesk.ingest.feeds.OpmlReader;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk sources import FILE.opml}: every feed of an OPML subscription list. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import the feeds of an OPML file (from another reader's export).")
final class SourcesImportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private StoreOptions storeOptions;

  @Parameters(paramLabel = "FILE.opml")
  private Path file;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CommandFailure(ExitCode.NO_INPUT, "no such file: " + file);
    }
    OpmlImport result = new OpmlReader().read(Files.readAllBytes(file));
    if (result instanceof OpmlImport.Failed f) {
      throw new CommandFailure(ExitCode.BAD_INPUT, file + ": " + f.message());
    }
    OpmlImport.Imported imported = (OpmlImport.Imported) result;
    PrintWriter err = spec.commandLine().getErr();
    imported.problems().forEach(p -> err.println("newsdesk: " + file + ": " + p));
    NewsdeskConfig config = storeOptions.config();
    int created = 0;
    try (Database db = storeOptions.open(config)) {
      SourceStore sources = new SourceStore(db);
      created = Subscriptions.addAll(imported.subscriptions(),
          s -> sources.add(s.xmlUrl(), s.title(), s.htmlUrl(), s.category()).created());
    }
    spec.commandLine().getOut().printf("imported %d new source(s), %d already present%n",
        created, imported.subscriptions().size() - created);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
