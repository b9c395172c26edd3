package org.newsdesk.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.web.TestSecurity;

class DigestLinksTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final DigestSettings SETTINGS =
      DigestSettings.defaults(URI.create("https://news.example.org/"));

  private static Subscriber subscriber(long id, int generation) {
    return new Subscriber(id, "reader@example.org", ZoneId.of("UTC"), 7, Subscriber.State.ACTIVE,
        Optional.empty(), Optional.empty(), generation, List.of());
  }

  private static final org.newsdesk.web.security.Signer SIGNER = TestSecurity.open().signer();

  private static DigestLinks at(Instant now) {
    return new DigestLinks(SIGNER, SETTINGS,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aTokenNamesItsSubscriberAndGenerationForItsPurposeOnly() {
    DigestLinks links = at(NOW);
    String token = links.token(DigestLinks.Purpose.UNSUBSCRIBE, subscriber(42, 3));
    assertThat(links.verify(DigestLinks.Purpose.UNSUBSCRIBE, token))
        .contains(new DigestLinks.Holder(42, 3));
    assertThat(links.verify(DigestLinks.Purpose.MANAGE, token)).isEmpty();
    assertThat(links.verify(DigestLinks.Purpose.CONFIRM, token)).isEmpty();
  }

  @Test
  void linksExpire() {
    String confirm = at(NOW).token(DigestLinks.Purpose.CONFIRM, subscriber(7, 0));
    String manage = at(NOW).token(DigestLinks.Purpose.MANAGE, subscriber(7, 0));
    DigestLinks threeDaysOn = at(NOW.plus(Duration.ofDays(3)));
    assertThat(threeDaysOn.verify(DigestLinks.Purpose.CONFIRM, confirm)).isEmpty();
    assertThat(threeDaysOn.verify(DigestLinks.Purpose.MANAGE, manage)).isPresent();
    assertThat(at(NOW.plus(Duration.ofDays(61))).verify(DigestLinks.Purpose.MANAGE, manage))
        .isEmpty();
  }

  @Test
  void aTamperedTokenIsRefused() {
    DigestLinks links = at(NOW);
    String token = links.token(DigestLinks.Purpose.MANAGE, subscriber(42, 0));
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(links.verify(DigestLinks.Purpose.MANAGE, tampered)).isEmpty();
  }

  @Test
  void urlsStartWithThePublicAddressWithoutADoubleSlash() {
    DigestLinks links = at(NOW);
    assertThat(links.unsubscribeUrl(subscriber(1, 0)))
        .startsWith("https://news.example.org/unsubscribe/");
    assertThat(links.storyUrl(9)).isEqualTo("https://news.example.org/stories/9");
  }
}
