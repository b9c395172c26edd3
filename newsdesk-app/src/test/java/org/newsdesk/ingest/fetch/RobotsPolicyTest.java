package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a scripted robots.txt source and a clock the test moves. */
class RobotsPolicyTest {

  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration TTL = Duration.ofHours(24);
  private static final Duration FAILURE_TTL = Duration.ofHours(1);

  private Instant now = START;
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  /** What the next robots.txt fetches answer: a status and body, or an exception. */
  private final List<Object> script = new ArrayList<>();
  private final List<URI> fetched = new ArrayList<>();

  private final RobotsPolicy policy = new RobotsPolicy(uri -> {
    fetched.add(uri);
    Object next = script.size() > 1 ? script.remove(0) : script.get(0);
    if (next instanceof FetchException e) {
      throw e;
    }
    Object[] answer = (Object[]) next;
    return new PageFetcher.Answer(uri, uri, (int) answer[0],
        HttpHeaders.of(Map.of("content-type", List.of("text/plain")), (a, b) -> true),
        ((String) answer[1]).getBytes(StandardCharsets.UTF_8));
  }, TTL, FAILURE_TTL, 2, clock);

  private void answers(int status, String body) {
    script.add(new Object[] {status, body});
  }

  private static URI u(String s) {
    return URI.create(s);
  }

  @Test
  void ourGroupIsObeyedWithItsAllowsAndCrawlDelay() throws Exception {
    answers(200, """
        User-agent: *
        Disallow: /

        User-agent: Newsdesk
        Disallow: /private/
        Allow: /private/public-notes
        Crawl-delay: 2
        """);
    assertThat(policy.check(u("https://a.example/news/1")))
        .isEqualTo(new RobotsPolicy.Allowed(Duration.ofSeconds(2)));
    assertThat(policy.check(u("https://a.example/private/public-notes/3")))
        .isInstanceOf(RobotsPolicy.Allowed.class);
    assertThat(policy.check(u("https://a.example/private/diary")))
        .isEqualTo(new RobotsPolicy.Disallowed("robots.txt at https://a.example/robots.txt does"
            + " not allow Newsdesk to fetch https://a.example/private/diary"));
    assertThat(fetched).containsExactly(u("https://a.example/robots.txt"));
  }

  @Test
  void theWildcardGroupAppliesWhenNoneNamesUs() throws Exception {
    answers(200, "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n");
    assertThat(policy.check(u("http://a.example/search?q=x")))
        .isInstanceOf(RobotsPolicy.Disallowed.class);
    assertThat(policy.check(u("http://a.example/article")))
        .isEqualTo(new RobotsPolicy.Allowed(Duration.ZERO));
  }

  @Test
  void aMissingOrForbiddenRobotsTxtAllowsEverything() throws Exception {
    answers(404, "");
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Allowed.class);
    script.clear();
    answers(403, "");
    assertThat(policy.check(u("https://b.example/x"))).isInstanceOf(RobotsPolicy.Allowed.class);
  }

  @Test
  void aServerErrorKeepsTheWholeSiteOffLimitsForAWhile() throws Exception {
    answers(503, "");
    RobotsPolicy.Verdict v = policy.check(u("https://a.example/x"));
    assertThat(v).isInstanceOf(RobotsPolicy.Unavailable.class);
    RobotsPolicy.Unavailable u = (RobotsPolicy.Unavailable) v;
    assertThat(u.retryAt()).isEqualTo(START.plus(FAILURE_TTL));
    assertThat(u.reason()).contains("https://a.example/x").contains("503 Service Unavailable");
    // within the hour the failure is remembered rather than asked again
    now = START.plus(Duration.ofMinutes(30));
    assertThat(policy.check(u("https://a.example/y"))).isInstanceOf(RobotsPolicy.Unavailable.class);
    assertThat(fetched).hasSize(1);
  }

  @Test
  void aNetworkErrorIsTreatedAsUnreachable() throws Exception {
    script.add(new FetchException(FetchException.Problem.NETWORK, u("https://a.example/robots.txt"),
        "cannot fetch https://a.example/robots.txt: connection refused"));
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Unavailable.class);
  }

  @Test
  void tooManyRedirectsMeansNoRobotsTxt() throws Exception {
    script.add(new FetchException(FetchException.Problem.TOO_MANY_REDIRECTS,
        u("https://a.example/robots.txt"), "more than 5 redirects"));
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Allowed.class);
  }

  @Test
  void theFileIsReadAgainAfterItsTimeToLive() throws Exception {
    answers(200, "User-agent: *\nDisallow: /x\n");
    answers(200, "User-agent: *\nDisallow: /y\n");
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Disallowed.class);
    now = START.plus(TTL).minusSeconds(1);
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Disallowed.class);
    now = START.plus(TTL);
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Allowed.class);
    assertThat(policy.check(u("https://a.example/y"))).isInstanceOf(RobotsPolicy.Disallowed.class);
    assertThat(fetched).hasSize(2);
  }

  @Test
  void whenARefreshFailsTheRulesReadEarlierStillApply() throws Exception {
    answers(200, "User-agent: *\nDisallow: /x\n");
    answers(500, "");
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Disallowed.class);
    now = START.plus(TTL);
    assertThat(policy.check(u("https://a.example/x"))).isInstanceOf(RobotsPolicy.Disallowed.class);
    assertThat(policy.check(u("https://a.example/z"))).isInstanceOf(RobotsPolicy.Allowed.class);
  }

  @Test
  void eachOriginHasItsOwnFileAndTheCacheIsBounded() throws Exception {
    answers(404, "");
    policy.check(u("http://a.example/1"));
    policy.check(u("https://a.example/1"));
    policy.check(u("https://a.example:8443/1"));
    policy.check(u("HTTPS://A.EXAMPLE:443/2")); // the same origin as https://a.example
    assertThat(fetched).containsExactly(u("http://a.example/robots.txt"),
        u("https://a.example/robots.txt"), u("https://a.example:8443/robots.txt"));
    policy.check(u("http://a.example/2")); // the least recently used, dropped for the third
    assertThat(fetched).hasSize(4);
  }
}
