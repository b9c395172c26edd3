package org.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk bench}: benchmarks, one subcommand each. */
@Command(name = "bench", description = "Benchmarks.", mixinStandardHelpOptions = true,
    subcommands = {BenchAnalyzeCommand.class, BenchCrashCommand.class, BenchDigestCommand.class,
        BenchDigestCrashCommand.class, BenchExtractCommand.class, BenchSmtpCommand.class,
        BenchLatencyCommand.class, BenchSearchCommand.class, BenchStartupCommand.class,
        BenchWebCommand.class,
        CommandLine.HelpCommand.class})
final class BenchCommand extends CommandGroup {}
