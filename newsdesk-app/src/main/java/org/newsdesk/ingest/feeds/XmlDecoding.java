package org.newsdesk.ingest.feeds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of an XML feed into text, and makes that text safe to hand to an XML parser.
 *
 * <p>The character encoding is chosen as RFC 7303 (XML media types, 2014) says, which is also what
 * browsers do: a byte-order mark first, then the {@code charset} of the HTTP Content-Type, then the
 * XML declaration (with UTF-16/32 recognised from the first bytes of {@code <?xml}), then UTF-8.
 * Unlike the older RFC 3023, {@code text/xml} without a charset does not mean US-ASCII: feeds
 * served that way are routinely UTF-8 and declare it. GB2312 is read as its superset GB18030, as
 * the labels are used interchangeably. Bytes that are invalid in the chosen encoding become
 * U+FFFD and are reported.
 *
 * <p>Then two repairs that keep a parser safe and working: characters XML 1.0 forbids (stray
 * control characters are common in feeds) are removed, and a DOCTYPE declaration is blanked out
 * (replaced by as many newlines, so line numbers stay right). Without a DOCTYPE no entity can be
 * declared, so neither an entity bomb ("billion laughs") nor an external entity (XXE, {@code
 * file:///etc/passwd}) can be expanded; the XML parser additionally refuses any DOCTYPE.
 */
final class XmlDecoding {

  /** The text to parse and the encoding it was decoded with. */
  record Decoded(String text, Charset charset) {}

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern ENCODING_DECL =
      Pattern.compile("^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("(?i)(?:^|;)\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern NOT_XML_CHAR =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private XmlDecoding() {}

  static Decoded decode(byte[] bytes, Optional<String> contentType, Problems problems) {
    int skip = 0;
    Charset charset;
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent()) {
      charset = bom.get();
      skip = bomLength(bytes, charset);
    } else {
      Optional<Charset> header = contentType.flatMap(ct -> headerCharset(ct, problems));
      charset = header.or(() -> declaredCharset(bytes, problems))
          .orElseGet(() -> undeclared(bytes, problems));
    }
    charset = windows1252IfMislabelled(bytes, skip, charset, problems);
    String text = decode(bytes, skip, charset, problems);
    text = c1ControlsAsWindows1252(text);
    text = removeNonXmlCharacters(text, problems);
    text = blankOutDoctype(text, problems);
    return new Decoded(text, charset);
  }

  /**
   * ISO-8859-1 and US-ASCII labels with bytes 0x80–0x9F are windows-1252 in fact (curly quotes,
   * dashes, €): those bytes are C1 control characters in ISO-8859-1, which no one means. Browsers
   * go further and always read these labels as windows-1252; we do only when it matters, so the
   * encoding reported stays the declared one otherwise.
   */
  private static Charset windows1252IfMislabelled(byte[] bytes, int offset, Charset charset,
      Problems problems) {
    boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1);
    if (!latin1 && !charset.equals(StandardCharsets.US_ASCII)) {
      return charset;
    }
    for (int i = offset; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (latin1 && b >= 0x80 && b <= 0x9f) {
        return WINDOWS_1252;
      }
      if (!latin1 && b >= 0x80) {
        Charset actual = isUtf8(bytes, offset) ? StandardCharsets.UTF_8
            : WINDOWS_1252;
        problems.add("declared US-ASCII but holds byte 0x" + Integer.toHexString(b).toUpperCase()
            + " at offset " + i + "; read as " + actual.name());
        return actual;
      }
    }
    return charset;
  }

  private static boolean isUtf8(byte[] bytes, int offset) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The charset a Content-Type names, if it names one; an unknown name is reported. */
  static Optional<Charset> headerCharset(String contentType, Problems problems) {
    Matcher m = CHARSET_PARAM.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<Charset> charset = charsetNamed(m.group(1));
    if (charset.isEmpty()) {
      problems.add("the Content-Type names an unknown charset \"" + m.group(1)
          + "\"; using the document's own declaration");
    }
    return charset;
  }

  static Optional<Charset> charsetNamed(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("gb2312") || n.equals("gb_2312-80") || n.equals("euc-cn")) {
      n = "GB18030";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(UTF_32BE);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(UTF_32LE);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return 3;
    }
    return charset.equals(UTF_32BE) || charset.equals(UTF_32LE) ? 4 : 2;
  }

  /** The encoding an XML declaration names, read in the byte layout its first bytes show. */
  private static Optional<Charset> declaredCharset(byte[] b, Problems problems) {
    Charset layout;
    if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
      layout = UTF_32BE;
    } else if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
      layout = UTF_32LE;
    } else if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) {
      layout = StandardCharsets.UTF_16BE;
    } else if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) {
      layout = StandardCharsets.UTF_16LE;
    } else {
      layout = StandardCharsets.ISO_8859_1; // any ASCII-compatible encoding reads the same here
    }
    String head = new String(b, 0, Math.min(b.length, 1024), layout);
    Matcher m = ENCODING_DECL.matcher(head);
    if (!m.find()) {
      return layout == StandardCharsets.ISO_8859_1 ? Optional.empty() : Optional.of(layout);
    }
    String family = m.group(1).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    if (layout != StandardCharsets.ISO_8859_1
        && (family.startsWith("utf16") || family.startsWith("utf32") || family.equals("unicode")
            || family.startsWith("ucs"))) {
      return Optional.of(layout); // the declaration names the family; the bytes give the order
    }
    Optional<Charset> declared = charsetNamed(m.group(1));
    if (declared.isEmpty()) {
      problems.add("the XML declaration names an unknown encoding \"" + m.group(1)
          + "\"; reading it as UTF-8");
    }
    return declared.or(() -> layout == StandardCharsets.ISO_8859_1
        ? Optional.empty() : Optional.of(layout));
  }

  /**
   * The encoding of a document that declares none: UTF-8 if the bytes are UTF-8 (the XML
   * default), else what a statistical detector (Mozilla's universalchardet) recognises, else
   * windows-1252, which decodes any byte.
   */
  private static Charset undeclared(byte[] bytes, Problems problems) {
    if (isUtf8(bytes, 0)) {
      return StandardCharsets.UTF_8;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    Optional<Charset> detected = Optional.ofNullable(detector.getDetectedCharset())
        .flatMap(XmlDecoding::charsetNamed);
    Charset charset = detected.orElse(WINDOWS_1252);
    problems.add("no encoding is declared and the bytes are not UTF-8; "
        + (detected.isPresent() ? "detected " : "read as ") + charset.name());
    return charset;
  }

  private static String decode(byte[] bytes, int offset, Charset charset, Problems problems) {
    CharsetDecoder strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return strict.decode(in).toString();
    } catch (CharacterCodingException e) {
      int at = badByteOffset(bytes, offset, charset);
      problems.add("bytes invalid in " + charset.name() + " (first at byte offset " + at
          + "); they were replaced with U+FFFD");
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  /** Where the first byte the decoder refuses is, for the message. */
  private static int badByteOffset(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder d = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      var result = d.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return bytes.length;
      }
      out.clear();
    }
  }

  /**
   * C1 control characters (U+0080–U+009F) in decoded text are windows-1252 punctuation that went
   * through a wrong conversion ("don\u0092t"): no one means the controls, so they become the
   * characters windows-1252 has at those bytes (’ “ ” – — € …).
   */
  static String c1ControlsAsWindows1252(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9f) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
        out.append(mapped.charAt(0) == '\uFFFD' ? c : mapped.charAt(0));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String removeNonXmlCharacters(String text, Problems problems) {
    Matcher m = NOT_XML_CHAR.matcher(text);
    if (!m.find()) {
      return text;
    }
    int first = m.start();
    int count = 1;
    while (m.find()) {
      count++;
    }
    problems.add("removed " + count + " character" + (count == 1 ? "" : "s")
        + " not allowed in XML (first U+" + String.format("%04X", (int) text.charAt(first))
        + " at " + position(text, first) + ")");
    return NOT_XML_CHAR.matcher(text).replaceAll("");
  }

  /**
   * Replaces a DOCTYPE declaration in the prolog with as many newlines as it spanned. A DOCTYPE
   * that declares entities is reported: those entities will not be expanded.
   */
  static String blankOutDoctype(String text, Problems problems) {
    int start = indexOfIgnoreCase(text, "<!DOCTYPE");
    if (start < 0 || start > firstElementStart(text)) {
      return text;
    }
    int end = doctypeEnd(text, start);
    if (end < 0) {
      return text; // unterminated: leave it for the parser to report
    }
    String doctype = text.substring(start, end);
    if (indexOfIgnoreCase(doctype, "<!ENTITY") >= 0) {
      problems.add("the DOCTYPE at " + position(text, start)
          + " declares entities; they are not expanded (no entity bombs, no external entities)");
    }
    StringBuilder blank = new StringBuilder();
    doctype.chars().filter(c -> c == '\n').forEach(c -> blank.append('\n'));
    return text.substring(0, start) + blank + text.substring(end);
  }

  /** The index just past the DOCTYPE's closing '>', skipping its internal subset and quotes. */
  private static int doctypeEnd(String text, int start) {
    boolean inSubset = false;
    char quote = 0;
    for (int i = start + 9; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        inSubset = true;
      } else if (c == ']') {
        inSubset = false;
      } else if (c == '>' && !inSubset) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Index of the first start tag ('<' then a name character), or the text's length. */
  private static int firstElementStart(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (Character.isLetter(next) || next == '_' || next == ':') {
        return i;
      }
    }
    return text.length();
  }

  private static int indexOfIgnoreCase(String text, String what) {
    int n = what.length();
    for (int i = text.indexOf('<'); i >= 0 && i + n <= text.length(); i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, what, 0, n)) {
        return i;
      }
    }
    return -1;
  }

  /** "line L, column C" (both from 1) of a character index. */
  static String position(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (index - lineStart + 1);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
