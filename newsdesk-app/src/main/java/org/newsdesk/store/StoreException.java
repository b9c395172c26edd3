package org.newsdesk.store;

/** The store cannot be reached or started; the message says which and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
