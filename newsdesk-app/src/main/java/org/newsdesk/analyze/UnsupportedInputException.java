package org.newsdesk.analyze;

/** The input cannot be analyzed: empty, not text, or in a language not supported yet. */
public final class UnsupportedInputException extends RuntimeException {

  public enum Reason { EMPTY, NOT_TEXT, LANGUAGE }

  private final Reason reason;

  public UnsupportedInputException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
