package org.newsdesk.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the raw input into text, or refuses it with a message that says why and where. Checks,
 * in order: empty; a UTF-16/UTF-32 byte-order mark; the signature of a well-known binary format
 * (PDF, images, archives, executables); a NUL byte; strict decoding (no silent U+FFFD: a wrong
 * encoding is reported with the offending byte and its offset); a share of control characters no
 * text has; nothing but whitespace.
 */
final class InputDecoder {

  private InputDecoder() {}

  private record Signature(byte[] magic, String what) {
    static Signature of(String what, int... bytes) {
      byte[] b = new byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        b[i] = (byte) bytes[i];
      }
      return new Signature(b, what);
    }

    boolean matches(byte[] data) {
      if (data.length < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if (data[i] != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Signature[] BINARY = {
      Signature.of("a PDF document", '%', 'P', 'D', 'F', '-'),
      Signature.of("a PNG image", 0x89, 'P', 'N', 'G'),
      Signature.of("a JPEG image", 0xFF, 0xD8, 0xFF),
      Signature.of("a GIF image", 'G', 'I', 'F', '8'),
      Signature.of("gzip data", 0x1F, 0x8B),
      Signature.of("a zip archive (or an Office document)", 'P', 'K', 3, 4),
      Signature.of("an old Office document", 0xD0, 0xCF, 0x11, 0xE0),
      Signature.of("an executable", 0x7F, 'E', 'L', 'F'),
  };

  static String decode(RawInput input) {
    byte[] bytes = input.bytes();
    if (bytes.length == 0) {
      throw empty();
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)
        || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      throw new CommandFailure(ExitCode.BAD_INPUT, "input is UTF-16 or UTF-32 (it starts with a"
          + " byte-order mark); only UTF-8 is read: convert it, e.g. iconv -f UTF-16 -t UTF-8");
    }
    for (Signature s : BINARY) {
      if (s.matches(bytes)) {
        throw new CommandFailure(ExitCode.BAD_INPUT, "input looks binary (" + s.what() + ")");
      }
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new CommandFailure(ExitCode.BAD_INPUT,
            "input looks binary (a NUL byte at offset " + i + ")");
      }
    }
    String text = strictDecode(input);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    // A stray escape character happens in real files; one in a hundred characters does not.
    if (controls >= 4 && controls * 100L > text.length()) {
      throw new CommandFailure(ExitCode.BAD_INPUT,
          "input looks binary (" + controls + " control characters in " + text.length() + ")");
    }
    if (text.isBlank()) {
      throw empty();
    }
    return text;
  }

  private static String strictDecode(RawInput input) {
    byte[] bytes = input.bytes();
    CharsetDecoder decoder = input.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    long capacity = (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16;
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, capacity));
    // A cut input may end inside a multi-byte sequence: that is not an error, so the decoder is
    // told more input would follow and the incomplete tail is dropped.
    CoderResult result = decoder.decode(in, out, !input.cut());
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String charset = input.charset().equals(StandardCharsets.UTF_8)
          ? "UTF-8" : input.charset().name();
      throw new CommandFailure(ExitCode.BAD_INPUT, String.format(Locale.ROOT,
          "input is not valid %s: byte 0x%02X at offset %d (line %d)%s", charset,
          bytes[offset] & 0xff, offset, line,
          charset.equals("UTF-8") ? "; if it is Latin-1 or Windows-1252, convert it first, e.g."
              + " iconv -f WINDOWS-1252 -t UTF-8" : ""));
    }
    if (!input.cut()) {
      decoder.flush(out);
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static CommandFailure empty() {
    return new CommandFailure(ExitCode.BAD_INPUT, "input is empty");
  }
}
