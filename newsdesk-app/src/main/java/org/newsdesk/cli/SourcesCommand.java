package org.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk sources …}: the feeds Newsdesk polls. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Add, import, export and list the feeds Newsdesk polls.",
    subcommands = {SourcesAddCommand.class, SourcesImportCommand.class,
        SourcesExportCommand.class, SourcesListCommand.class, CommandLine.HelpCommand.class})
final class SourcesCommand extends CommandGroup {}
