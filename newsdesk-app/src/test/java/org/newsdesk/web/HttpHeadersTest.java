package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpHeadersTest {

  @Test
  void gzipIsTakenWhenListedOrStarredAndNotRefused() {
    assertThat(HttpHeaders.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(HttpHeaders.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(HttpHeaders.acceptsGzip("*")).isTrue();
    assertThat(HttpHeaders.acceptsGzip(null)).isFalse();
    assertThat(HttpHeaders.acceptsGzip("identity")).isFalse();
    assertThat(HttpHeaders.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(HttpHeaders.acceptsGzip("gzip; q=0.000, *")).isFalse();
    assertThat(HttpHeaders.acceptsGzip("*;q=0")).isFalse();
  }

  @Test
  void etagsMatchWeaklyInAListOrByStar() {
    String etag = "W/\"abc\"";
    assertThat(HttpHeaders.matchesEtag("W/\"abc\"", etag)).isTrue();
    assertThat(HttpHeaders.matchesEtag("\"abc\"", etag)).isTrue();
    assertThat(HttpHeaders.matchesEtag("\"x\", W/\"abc\"", etag)).isTrue();
    assertThat(HttpHeaders.matchesEtag("*", etag)).isTrue();
    assertThat(HttpHeaders.matchesEtag("\"abcd\"", etag)).isFalse();
    assertThat(HttpHeaders.matchesEtag(null, etag)).isFalse();
  }
}
