package org.newsdesk.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** IP literals only (and localhost, from the hosts file): these tests need no network. */
class UrlGuardTest {

  private final UrlGuard guard = new UrlGuard(false);
  private final UrlGuard permissive = new UrlGuard(true);

  @ParameterizedTest
  @CsvSource({
      "http://127.0.0.1/, loopback",
      "http://127.45.6.7:8080/x, loopback",
      "http://[::1]/, loopback",
      "http://[::ffff:127.0.0.1]/, loopback",
      "http://10.1.2.3/, private",
      "http://172.16.0.1/, private",
      "http://172.31.255.255/, private",
      "http://192.168.1.1/, private",
      "http://[fd12:3456::1]/, private",
      "http://[fc00::1]/, private",
      "http://169.254.169.254/latest/meta-data/, link-local",
      "http://[fe80::1]/, link-local",
      "http://224.0.0.1/, multicast",
      "http://[ff02::1]/, multicast",
      "http://0.0.0.0/, wildcard",
      "http://[::]/, wildcard",
      "http://0.1.2.3/, this network",
      "http://100.64.0.1/, shared",
  })
  void nonPublicAddressesAreRefusedNamingWhatTheyAre(String url, String kind) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("refusing " + url + ": ")
        .hasMessageContaining(kind)
        .hasMessageContaining("--allow-private-addresses")
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.REFUSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://93.184.216.34/",
      "https://93.184.216.34:8443/article?id=1",
      "HTTPS://8.8.8.8/",
      "http://172.32.0.1/",        // just past 172.16/12
      "http://172.15.255.255/",    // just before it
      "http://100.128.0.1/",       // just past 100.64/10
      "http://192.169.0.1/",
      "http://[2606:2800:220:1:248:1893:25c8:1946]/",
  })
  void publicAddressesAreAllowed(String url) {
    assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
  }

  @Test
  void aHostNameIsJudgedByTheAddressItResolvesTo() {
    assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/")))
        .hasMessageContaining("localhost is at 127.0.0.1, a loopback address");
  }

  @Test
  void theAllowFlagLetsPrivateAddressesThrough() throws FetchException {
    permissive.check(URI.create("http://127.0.0.1:8080/"));
    permissive.check(URI.create("http://192.168.1.1/"));
    permissive.check(URI.create("http://[::1]/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://93.184.216.34/file", "file:///etc/passwd", "gopher://8.8.8.8/",
      "jar:file:/x.jar!/a"})
  void onlyHttpAndHttpsAreFetchedEvenWithTheAllowFlag(String url) {
    for (UrlGuard g : new UrlGuard[] {guard, permissive}) {
      assertThatThrownBy(() -> g.check(URI.create(url)))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("only http and https");
    }
  }

  @Test
  void aUrlWithoutHostIsRefused() {
    assertThatThrownBy(() -> permissive.check(URI.create("http:///path")))
        .hasMessageContaining("has no host");
  }

  @Test
  void anUnknownHostIsANetworkProblemNotARefusal() {
    // .invalid never resolves (RFC 2606); the resolver answers without asking the network.
    assertThatThrownBy(() -> guard.check(URI.create("http://no-such-host.invalid/")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("unknown host no-such-host.invalid")
        .extracting(e -> ((FetchException) e).problem())
        .isEqualTo(FetchException.Problem.NETWORK);
  }

  @Test
  void publicKindIsEmptyOnlyForPublicAddresses() throws Exception {
    assertThat(UrlGuard.nonPublicKind(java.net.InetAddress.getByName("1.1.1.1"))).isEmpty();
    assertThat(UrlGuard.nonPublicKind(java.net.InetAddress.getByName("10.0.0.1"))).isPresent();
  }
}
