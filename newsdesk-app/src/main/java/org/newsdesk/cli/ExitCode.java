package org.newsdesk.cli;

/**
 * The exit codes of {@code newsdesk}, after BSD's sysexits.h where one fits, so scripts can tell
 * "fix your command line" from "this input is broken" from "try again later". The README lists
 * them; change both together.
 */
public enum ExitCode {
  /** Done. */
  OK(0),
  /** The command line is wrong: unknown option, bad option value (picocli's usage code). */
  USAGE(2),
  /** EX_DATAERR: the input is empty, binary, not valid UTF-8, or too large a page. */
  BAD_INPUT(65),
  /**
   * EX_NOINPUT: the file does not exist or cannot be read; the URL answered an HTTP error or
   * redirected too often.
   */
  NO_INPUT(66),
  /** EX_UNAVAILABLE: the input is fine but not supported yet (a language other than English). */
  UNSUPPORTED(69),
  /** EX_SOFTWARE: a bug in Newsdesk; run with --verbose for the stack trace. */
  INTERNAL(70),
  /** EX_IOERR: reading or writing failed, or the network did (unknown host, timeout). */
  IO(74),
  /** EX_NOPERM: the URL points to a private or local address (see --allow-private-addresses). */
  REFUSED(77);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
