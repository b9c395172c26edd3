package org.newsdesk.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

  private String canonical(String url) {
    return canonicalizer.canonicalize(url).orElseThrow();
  }

  @Test
  void trackingParametersGoAndTheOthersStayInTheirOrder() {
    assertThat(canonical("https://news.example.com/a?z=9&utm_source=rss&id=42&fbclid=IwAR0x"
        + "&utm_medium=feed&page=2&gclid=abc&mc_cid=1&mc_eid=2"))
        .isEqualTo("https://news.example.com/a?z=9&id=42&page=2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"utm_campaign=x", "UTM_Source=x", "utm_id=7", "at_medium=sl",
      "at_custom1=x", "dclid=1", "msclkid=1", "igshid=1", "yclid=1", "_ga=2.1", "_gl=1*x",
      "cmpid=rss", "ocid=msn", "s_cid=1", "CMP=share_btn_tw", "smid=tw-share", "ref_src=twsrc%5Etfw",
      "guccounter=1", "ns_mchannel=rss", "ref=rss", "ref=HN", "jsessionid=abc", "mkt_tok=x"})
  void eachKnownTrackingParameterIsDropped(String parameter) {
    assertThat(canonical("https://example.com/story?" + parameter + "&id=1"))
        .isEqualTo("https://example.com/story?id=1");
  }

  @Test
  void refIsKeptWhenItSelectsContent() {
    assertThat(canonical("https://code.example.org/repo/blob/README.md?ref=v1.2"))
        .isEqualTo("https://code.example.org/repo/blob/README.md?ref=v1.2");
  }

  @Test
  void genericNamesThatMaySelectContentAreKept() {
    assertThat(canonical("https://example.com/x?source=reuters&sid=123&partner=ap&at=5"))
        .isEqualTo("https://example.com/x?source=reuters&sid=123&partner=ap&at=5");
  }

  @Test
  void aQueryLeftEmptyIsRemovedWithItsQuestionMark() {
    assertThat(canonical("https://example.com/a?utm_source=x&utm_medium=y"))
        .isEqualTo("https://example.com/a");
    assertThat(canonical("https://example.com/a?")).isEqualTo("https://example.com/a");
    assertThat(canonical("https://example.com/a?&&")).isEqualTo("https://example.com/a");
  }

  @Test
  void fragmentIsDropped() {
    assertThat(canonical("https://example.com/a?id=1#comments")).isEqualTo(
        "https://example.com/a?id=1");
    assertThat(canonical("https://example.com/a#!/route")).isEqualTo("https://example.com/a");
  }

  @Test
  void schemeAndHostAreLowerCasedAndTheDefaultPortDropped() {
    assertThat(canonical("HTTPS://News.Example.COM:443/Path/Case")).isEqualTo(
        "https://news.example.com/Path/Case");
    assertThat(canonical("http://example.com:80/a")).isEqualTo("http://example.com/a");
    assertThat(canonical("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
  }

  @Test
  void percentEncodingIsMadeUniform() {
    assertThat(canonical("https://example.com/%7euser/caf%c3%a9?q=%e2%82%ac&r=%7E"))
        .isEqualTo("https://example.com/~user/caf%C3%A9?q=%E2%82%AC&r=~");
    assertThat(canonical("https://example.com/a?q=caf\u00e9 au lait"))
        .isEqualTo("https://example.com/a?q=caf%C3%A9%20au%20lait");
  }

  @Test
  void reservedCharactersKeepTheirEncodedOrRawForm() {
    assertThat(canonical("https://example.com/a?q=a%26b%3Dc&r=x+y"))
        .isEqualTo("https://example.com/a?q=a%26b%3Dc&r=x+y");
  }

  @Test
  void doubledSlashesAndDotSegmentsInThePathCollapse() {
    assertThat(canonical("https://example.com//news/./world/../2024//story"))
        .isEqualTo("https://example.com/news/2024/story");
  }

  @Test
  void wwwHttpsAndTrailingSlashAreNotTakenAway() {
    assertThat(canonical("https://www.example.com/a/")).isEqualTo("https://www.example.com/a/");
    assertThat(canonical("http://example.com/a")).isEqualTo("http://example.com/a");
  }

  @Test
  void anEmptyPathBecomesTheRoot() {
    assertThat(canonical("https://Example.com")).isEqualTo("https://example.com/");
  }

  @Test
  void internationalHostsArePunycode() {
    assertThat(canonical("https://m\u00fcnchen.example/a")).isEqualTo(
        "https://xn--mnchen-3ya.example/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not a url", "/relative/path", "//example.com/a",
      "mailto:desk@example.com", "ftp://example.com/file", "javascript:alert(1)",
      "https://exa mple.com/a", "http://"})
  void whatIsNotAnAbsoluteHttpUrlHasNoCanonicalForm(String url) {
    assertThat(canonicalizer.canonicalize(url)).isEmpty();
  }

  @Test
  void nullHasNoCanonicalForm() {
    assertThat(canonicalizer.canonicalize(null)).isEmpty();
  }

  @Test
  void theDeclaredCanonicalLinkIsPreferred() {
    assertThat(canonicalizer.canonicalize(
        "https://example.com/world/2024/story-1?utm_source=rss",
        "https://example.com/news/story-1#top"))
        .contains("https://example.com/news/story-1");
  }

  @Test
  void aRelativeDeclaredCanonicalIsResolvedAgainstThePage() {
    assertThat(canonicalizer.canonicalize("https://example.com/amp/story-1", "/news/story-1"))
        .contains("https://example.com/news/story-1");
  }

  @Test
  void aCrossSiteDeclaredCanonicalIsTakenBecauseSyndicationDeclaresItsOriginal() {
    assertThat(canonicalizer.canonicalize("https://partner.example.net/wire/123",
        "https://origin.example.com/2024/story"))
        .contains("https://origin.example.com/2024/story");
  }

  @ParameterizedTest
  @CsvSource({
      "https://example.com/news/story-1, https://example.com/",
      "https://example.com/news/story-1, https://example.com",
      "https://example.com/news/story-1, javascript:void(0)",
      "https://example.com/news/story-1, mailto:desk@example.com",
      "https://example.com/news/story-1, 'http://bad host/'",
  })
  void anUnusableDeclaredCanonicalFallsBackToThePage(String page, String declared) {
    assertThat(canonicalizer.canonicalize(page, declared))
        .contains("https://example.com/news/story-1");
  }

  @Test
  void theHomePageMayDeclareItselfCanonical() {
    assertThat(canonicalizer.canonicalize("https://example.com/?utm_source=x",
        "https://example.com/")).contains("https://example.com/");
  }

  @Test
  void aBlankOrMissingDeclaredCanonicalIsIgnored() {
    assertThat(canonicalizer.canonicalize("https://example.com/a", " ")).contains(
        "https://example.com/a");
    assertThat(canonicalizer.canonicalize("https://example.com/a", null)).contains(
        "https://example.com/a");
    assertThat(canonicalizer.canonicalize("not a url", "https://example.com/a")).isEmpty();
  }

  /**
   * 6,366 real article links from 2014 (UCI News Aggregator): every one has a canonical form,
   * canonicalising twice changes nothing, and no two links of different stories meet.
   */
  @Test
  void realArticleLinksAllCanonicaliseStablyWithoutMergingStories() {
    var rows = Corpora.uciHeadlines();
    Map<String, String> storyByCanonical = new HashMap<>();
    Set<String> raw = new HashSet<>();
    int changedQuery = 0;
    int merged = 0;
    for (var row : rows) {
      Optional<String> c = canonicalizer.canonicalize(row.url());
      assertThat(c).as(row.url()).isPresent();
      assertThat(canonicalizer.canonicalize(c.get())).as(row.url()).isEqualTo(c);
      raw.add(row.url());
      String rawQuery = row.url().contains("?") ? row.url().substring(row.url().indexOf('?')) : "";
      String newQuery = c.get().contains("?") ? c.get().substring(c.get().indexOf('?')) : "";
      if (!rawQuery.equalsIgnoreCase(newQuery)) {
        changedQuery++;
      }
      String before = storyByCanonical.putIfAbsent(c.get(), row.story());
      if (before != null) {
        merged++;
        assertThat(before).as("stories meeting at " + c.get()).isEqualTo(row.story());
      }
    }
    System.out.printf("UCI links: %d rows, %d distinct raw, %d distinct canonical, %d with the "
        + "query changed, %d rows meeting an earlier row%n", rows.size(), raw.size(),
        storyByCanonical.size(), changedQuery, merged);
  }
}
