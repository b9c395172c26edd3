/**
 * The ingest pipeline: workers that take articles from the store's work queue one stage at a
 * time — fetch the page, extract the article (dropping copies of articles already stored),
 * analyze it — and hand each result back to the store durably before the next stage begins.
 * Feed polling ({@link org.newsdesk.pipeline.FeedPoller}) feeds the first stage.
 */
package org.newsdesk.pipeline;
