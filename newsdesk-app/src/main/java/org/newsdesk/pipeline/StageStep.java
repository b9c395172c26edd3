package org.newsdesk.pipeline;

import org.newsdesk.store.Claim;
import org.newsdesk.store.Stage;

/**
 * One stage's work on one claimed article. A step finishes its claim itself (result, retry,
 * skip or failure) through the store; an exception it throws is unexpected and is retried by the
 * {@link StageRunner} with backoff, up to the configured number of attempts.
 */
interface StageStep {

  Stage stage();

  void process(Claim claim) throws Exception;
}
