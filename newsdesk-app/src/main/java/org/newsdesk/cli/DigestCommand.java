package org.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk digest}: the daily email digest, one subcommand each. */
@Command(name = "digest", description = "The daily email digest.", mixinStandardHelpOptions = true,
    subcommands = {DigestPreviewCommand.class, DigestRunCommand.class, DigestSendCommand.class,
        CommandLine.HelpCommand.class})
final class DigestCommand extends CommandGroup {}
