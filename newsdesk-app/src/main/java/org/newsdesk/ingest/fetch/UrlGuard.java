package org.newsdesk.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL may be fetched: it must be http or https, and (unless private addresses
 * are allowed) every address its host resolves to must be a public one. A URL given to a
 * self-hosted service must not become a way to reach the machine itself or its private network
 * (server-side request forgery), so loopback, link-local, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7, fec0::/10), shared (100.64/10), "this network" (0/8), multicast and wildcard addresses
 * are refused.
 *
 * <p>Known gap: the HTTP client resolves the host again when it connects, so a DNS server that
 * answers differently the second time (DNS rebinding) can slip past this check. Closing it needs
 * connecting to the checked address itself, which {@link java.net.http.HttpClient} does not allow
 * on Java 17 without giving up TLS host checks.
 */
public final class UrlGuard {

  private final boolean allowPrivateAddresses;

  /** @param allowPrivateAddresses allow loopback and private networks (tests, intranet sources) */
  public UrlGuard(boolean allowPrivateAddresses) {
    this.allowPrivateAddresses = allowPrivateAddresses;
  }

  /**
   * Checks {@code uri}; returns normally when it may be fetched.
   *
   * @throws FetchException {@code REFUSED} for a scheme other than http(s), a URL without a host
   *     or a non-public address; {@code NETWORK} when the host does not resolve
   */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(FetchException.Problem.REFUSED, uri,
          "refusing " + uri + ": only http and https URLs are fetched");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(FetchException.Problem.REFUSED, uri,
          "refusing " + uri + ": the URL has no host");
    }
    if (allowPrivateAddresses) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Problem.NETWORK, uri,
          "cannot fetch " + uri + ": unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      Optional<String> kind = nonPublicKind(address);
      if (kind.isPresent()) {
        throw new FetchException(FetchException.Problem.REFUSED, uri,
            "refusing " + uri + ": " + host + " is " + (host.equals(address.getHostAddress())
                ? "" : "at " + address.getHostAddress() + ", ") + "a " + kind.get()
                + " address (--allow-private-addresses allows it)");
      }
    }
  }

  /** What kind of non-public address {@code a} is, or empty for a public one. */
  static Optional<String> nonPublicKind(InetAddress a) {
    if (a.isAnyLocalAddress()) {
      return Optional.of("wildcard");
    }
    if (a.isLoopbackAddress()) {
      return Optional.of("loopback");
    }
    if (a.isLinkLocalAddress()) {
      return Optional.of("link-local");
    }
    if (a.isSiteLocalAddress()) {
      return Optional.of("private");
    }
    if (a.isMulticastAddress()) {
      return Optional.of("multicast");
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return Optional.of("\"this network\"");
      }
      if (first == 100 && (second & 0xc0) == 64) {
        return Optional.of("shared (carrier-grade NAT)");
      }
    } else if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return Optional.of("private (unique local)");
    }
    return Optional.empty();
  }
}
