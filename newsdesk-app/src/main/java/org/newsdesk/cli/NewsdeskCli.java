package org.newsdesk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code newsdesk} command and the composition root of the CLI: it builds the command tree,
 * gives each command what it needs ({@link CliContext}), and installs the one {@link
 * FailureHandler}. Each subcommand is a class of its own.
 */
@Command(name = "newsdesk", mixinStandardHelpOptions = true,
    versionProvider = NewsdeskCli.Version.class,
    description = "Newsdesk: news in, insights out.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SourcesCommand.class,
        ServeCommand.class, ExportCommand.class, SearchCommand.class, ReindexCommand.class,
        BenchCommand.class, EvalCommand.class, DigestCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsdeskCli implements Callable<Integer> {

  @Spec
  private CommandLine.Model.CommandSpec spec;

  // Read by FailureHandler from the parse result: with INHERIT scope it may be given after any
  // subcommand, where it lands on that subcommand's copy of the option.
  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace too.")
  private boolean verbose;

  public static void main(String[] args) {
    // UTF-8 whatever the locale: cards are full of typographic quotes and accented names.
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
        true);
    int code;
    try {
      code = commandLine(CliContext.standard(), out, err).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(FailureHandler.PREFIX + "out of memory; give Java more heap, e.g."
          + " JAVA_OPTS='-Xmx6g' ./newsdesk …");
      code = ExitCode.INTERNAL.code();
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The configured command tree, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == AnalyzeCommand.class) {
          return cls.cast(new AnalyzeCommand(context));
        }
        if (cls == ServeCommand.class) {
          return cls.cast(new ServeCommand(context));
        }
        if (cls == IngestCommand.class) {
          return cls.cast(new IngestCommand(context));
        }
        if (cls == EvalEventsCommand.class) {
          return cls.cast(new EvalEventsCommand(context));
        }
        return CommandLine.defaultFactory().create(cls);
      }
    };
    FailureHandler failures = new FailureHandler();
    return new CommandLine(new NewsdeskCli(), factory)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
  }

  /** {@code newsdesk} alone: the usage, on stderr, and the usage exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = NewsdeskCli.class.getPackage().getImplementationVersion();
      return new String[] {"newsdesk " + (v == null ? "0.1 (development build)" : v)};
    }
  }
}
