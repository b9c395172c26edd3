package org.newsdesk.digest.deliver;

/** What became of one attempt to hand a message to the relay. */
public sealed interface SendOutcome {

  /** The relay accepted it (250 after DATA). */
  record Sent() implements SendOutcome {}

  /** Not accepted for now (4xx, connection trouble): try again later. */
  record Retry(String error) implements SendOutcome {}

  /** Refused for good (5xx for the recipient or the message): never try again. */
  record Bounced(String error) implements SendOutcome {}
}
