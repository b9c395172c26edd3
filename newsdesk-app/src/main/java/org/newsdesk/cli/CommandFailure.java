package org.newsdesk.cli;

/**
 * A command failed for a reason the user can act on: {@link FailureHandler} prints the message
 * as one line and exits with {@link #exitCode}, with no stack trace.
 */
final class CommandFailure extends RuntimeException {

  private final ExitCode exitCode;

  CommandFailure(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CommandFailure(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
