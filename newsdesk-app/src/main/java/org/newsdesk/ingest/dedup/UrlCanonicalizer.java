package org.newsdesk.ingest.dedup;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical form of an article URL: the key under which two links to one article meet.
 *
 * <p>Scheme, host, port and path go through crawler-commons' {@link BasicURLNormalizer}: scheme
 * and host lower-cased, the default port dropped, the host's trailing dot dropped and IDNs in
 * punycode, user info dropped, dot segments resolved, escapes of unreserved characters decoded
 * and the others upper-cased, raw spaces and non-ASCII escaped, and an empty path made
 * {@code /}. The query is ours ({@link QueryNormalizer}): the library sorts parameters, and we
 * drop {@linkplain TrackingParameters tracking parameters} and keep the rest in order. The
 * fragment is dropped: it names a place in the page, not another page ({@code #!} routes died
 * with Google's AJAX crawling scheme in 2015).
 *
 * <p>Decisions a reader might question:
 * <ul>
 *   <li>{@code //} in the path is collapsed to {@code /} (the library does it, and we keep it):
 *       templates that glue a base ending in {@code /} to a path starting with one produce
 *       {@code example.com//news/x}, which nginx ({@code merge_slashes}, on by default) and
 *       Apache both serve as {@code /news/x}. Two different articles whose paths differ only
 *       by a doubled slash are not a thing publishers make.
 *   <li>{@code www.} is kept: {@code www.example.com} and {@code example.com} are different
 *       hosts and may serve different sites ({@code www.bbc.co.uk} vs {@code bbc.co.uk} is the
 *       same; {@code www.nic.ad.jp} vs {@code nic.ad.jp} is not). The redirect between them is
 *       the fetcher's to follow; the content fingerprint merges what it leaves.
 *   <li>{@code http} and {@code https} stay apart for the same reason, as does a trailing
 *       slash ({@code /a} and {@code /a/} are two resources to the server).
 *   <li>Only absolute http(s) URLs have a canonical form; anything else (relative,
 *       {@code mailto:}, unparseable) gives an empty result rather than an exception, and the
 *       caller decides (the store keys such an item by its raw link or not at all).
 * </ul>
 *
 * <p>A page's own {@code rel=canonical} or {@code og:url} is preferred when the caller passes it
 * ({@link #canonicalize(String, String)}): publishers use it to name one URL for an article they
 * serve under several (section paths, AMP, syndication partners). It is ignored when it is not
 * http(s) after resolution against the page, and when it is the site's home page while the page
 * is not — a CMS template that sets every article's canonical to the home page would otherwise
 * merge every article of the site.
 *
 * <p>The result is a key first and a link second: it is almost always a working URL for the
 * same page, but the store should keep the link as fetched for fetching and showing, since
 * collapsing {@code //} can break the rare path that embeds another URL ({@code /go/https://...}).
 *
 * <p>Thread-safe: holds only immutable configuration (the library's normaliser keeps no
 * per-call state).
 */
public final class UrlCanonicalizer {

  private final BasicURLNormalizer normalizer = new BasicURLNormalizer();
  private final TrackingParameters tracking;

  /** With the {@linkplain TrackingParameters#defaults() default tracking policy}. */
  public UrlCanonicalizer() {
    this(TrackingParameters.defaults());
  }

  public UrlCanonicalizer(TrackingParameters tracking) {
    this.tracking = tracking;
  }

  /** The canonical form of {@code url}; empty when it is not an absolute http(s) URL. */
  public Optional<String> canonicalize(String url) {
    String u = url == null ? "" : url.strip();
    if (!hasHttpScheme(u)) {
      return Optional.empty();
    }
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    int question = u.indexOf('?');
    String beforeQuery = question < 0 ? u : u.substring(0, question);
    String query = question < 0 ? "" : QueryNormalizer.normalize(u.substring(question + 1), tracking);
    String base;
    try {
      base = normalizer.filter(escapeUnsafe(beforeQuery));
    } catch (RuntimeException e) {
      // The library returns null for what it cannot parse, but guard against a throw too.
      base = null;
    }
    if (base == null || !hasHttpScheme(base)) {
      return Optional.empty();
    }
    return Optional.of(query.isEmpty() ? base : base + "?" + query);
  }

  /**
   * The canonical form of the page's declared canonical URL ({@code <link rel=canonical>} or
   * {@code og:url}) when it is usable, else of {@code url}.
   *
   * @param declaredCanonical as found in the page, absolute or relative to {@code url}; blank or
   *     null when the page declares none
   */
  public Optional<String> canonicalize(String url, String declaredCanonical) {
    Optional<String> page = canonicalize(url);
    if (declaredCanonical == null || declaredCanonical.isBlank() || page.isEmpty()) {
      return page;
    }
    Optional<String> declared = resolve(page.get(), declaredCanonical.strip())
        .flatMap(this::canonicalize);
    if (declared.isEmpty() || isHomePage(declared.get()) && !isHomePage(page.get())) {
      return page;
    }
    return declared;
  }

  /**
   * Escapes the characters RFC 3986 never allows raw and that the library refuses rather than
   * escapes ({@code \}, {@code ^}, braces, {@code |}, quotes, angle brackets, backtick). They do
   * turn up in links that were copied through other formats: the 2014 UCI data set holds
   * {@code ...story\?track=rss}.
   */
  private static String escapeUnsafe(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if ("\\^{}|\"<>`".indexOf(c) >= 0) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Optional<String> resolve(String base, String ref) {
    if (hasHttpScheme(ref)) {
      return Optional.of(ref);
    }
    try {
      return Optional.of(new URI(base).resolve(new URI(ref)).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isHomePage(String canonicalUrl) {
    int start = canonicalUrl.indexOf("//") + 2;
    int slash = canonicalUrl.indexOf('/', start);
    return slash < 0 || canonicalUrl.substring(slash).equals("/");
  }

  private static boolean hasHttpScheme(String u) {
    String lower = u.length() > 8 ? u.substring(0, 8).toLowerCase(Locale.ROOT) : u.toLowerCase(
        Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
