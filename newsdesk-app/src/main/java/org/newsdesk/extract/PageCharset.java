package org.newsdesk.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes the way browsers choose its charset: a byte-order mark first, then the
 * charset the server declared, then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the first 4 KB, else UTF-8. Malformed bytes become U+FFFD rather than failing the page.
 */
public final class PageCharset {

  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
      Pattern.CASE_INSENSITIVE);

  private PageCharset() {}

  /** The page as text. */
  public static String decode(byte[] body, Optional<String> declared) {
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(body, 0xFE, 0xFF)) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(body, 0xFF, 0xFE)) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset charset = declared.flatMap(PageCharset::known)
        .or(() -> metaCharset(body))
        .orElse(StandardCharsets.UTF_8);
    return new String(body, charset);
  }

  private static Optional<Charset> metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES),
        StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    return m.find() ? known(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> known(String name) {
    try {
      Charset c = Charset.forName(name.strip());
      // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard's rule).
      return c.name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : Optional.of(c);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
