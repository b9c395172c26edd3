package org.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk eval}: quality against labelled data, one subcommand per task. */
@Command(name = "eval", description = "Quality against labelled data.", mixinStandardHelpOptions = true,
    subcommands = {EvalDatesCommand.class, EvalEventsCommand.class, EvalExtractionCommand.class,
        EvalStoriesCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand extends CommandGroup {}
