package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.feeds.FeedSubscription;
import org.newsdesk.ingest.feeds.OpmlImport;
import org.newsdesk.ingest.feeds.OpmlReader;

class DefaultSourcesTest {

  @Test
  void theDefaultListIsAboutThirtyDistinctHttpsFeedsWithTitles() throws Exception {
    byte[] opml;
    try (InputStream in = DefaultSources.class.getResourceAsStream(DefaultSources.RESOURCE)) {
      opml = in.readAllBytes();
    }
    OpmlImport.Imported imported = (OpmlImport.Imported) new OpmlReader().read(opml);
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.subscriptions()).hasSizeBetween(28, 40);
    assertThat(imported.subscriptions()).allSatisfy(s -> {
      assertThat(s.xmlUrl()).startsWith("https://");
      assertThat(s.title()).isPresent();
      assertThat(s.category()).isPresent();
    });
    assertThat(imported.subscriptions().stream().map(FeedSubscription::xmlUrl).distinct())
        .hasSameSizeAs(imported.subscriptions());
  }
}
