package org.newsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.newsdesk.analyze.UnsupportedInputException;
import org.newsdesk.ingest.fetch.FetchException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become what the user sees: a single line {@code newsdesk: <what
 * went wrong>} on stderr and a named {@link ExitCode}. The stack trace follows only with {@code
 * --verbose}; an unexpected exception says how to get it.
 */
final class FailureHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  static final String PREFIX = "newsdesk: ";

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    String help = ex.getCommandLine().getCommandSpec().qualifiedName() + " --help";
    err.println(PREFIX + oneLine(ex.getMessage()) + " (see " + help + ")");
    if (isVerbose(ex.getCommandLine().getParseResult())) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    Failure failure = classify(ex);
    PrintWriter err = cmd.getErr();
    boolean verbose = isVerbose(parseResult);
    String hint = failure.code == ExitCode.INTERNAL && !verbose
        ? " (run with --verbose for the stack trace)" : "";
    err.println(PREFIX + oneLine(failure.message) + hint);
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return failure.code.code();
  }

  private record Failure(ExitCode code, String message) {}

  private static Failure classify(Throwable ex) {
    if (ex instanceof CommandFailure f) {
      return new Failure(f.exitCode(), f.getMessage());
    }
    if (ex instanceof UnsupportedInputException u) {
      ExitCode code = u.reason() == UnsupportedInputException.Reason.LANGUAGE
          ? ExitCode.UNSUPPORTED : ExitCode.BAD_INPUT;
      return new Failure(code, u.getMessage());
    }
    if (ex instanceof FetchException f) {
      ExitCode code = switch (f.problem()) {
        case REFUSED -> ExitCode.REFUSED;
        case NETWORK -> ExitCode.IO;
        case HTTP_STATUS, TOO_MANY_REDIRECTS -> ExitCode.NO_INPUT;
        case TOO_LARGE -> ExitCode.BAD_INPUT;
      };
      return new Failure(code, f.getMessage());
    }
    if (ex instanceof UncheckedIOException u) {
      return classify(u.getCause());
    }
    if (ex instanceof NoSuchFileException e) {
      return new Failure(ExitCode.NO_INPUT, "no such file: " + e.getFile());
    }
    if (ex instanceof AccessDeniedException e) {
      return new Failure(ExitCode.NO_INPUT, "cannot read " + e.getFile() + ": permission denied");
    }
    if (ex instanceof IOException e) {
      return new Failure(ExitCode.IO, "I/O error: " + e.getMessage());
    }
    return new Failure(ExitCode.INTERNAL, "internal error: " + ex);
  }

  /** Whether --verbose was given to the top command or any subcommand (it is inherited). */
  static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Messages from libraries sometimes span lines; the contract is one line. */
  static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "failed";
    }
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
