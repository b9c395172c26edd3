package org.newsdesk.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed, expiring tokens: a subject (an email address, "admin") bound to a purpose ("confirm",
 * "unsubscribe", "admin") and an expiry, in a compact URL-safe string that needs no server-side
 * state.
 *
 * <p>Format: {@code base64url(expiry-seconds "." subject) "." base64url(HMAC)}. The purpose is
 * not in the token but in the MAC, so a token made for one purpose fails for every other. The
 * subject is readable by whoever holds the token; sign nothing secret.
 */
public final class Signer {

  /** Longer tokens are refused unread; no subject we sign comes near this. */
  static final int MAX_TOKEN_LENGTH = 4096;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final ServerSecret secret;

  public Signer(ServerSecret secret) {
    this.secret = secret;
  }

  /**
   * A token that {@link #verify} accepts for {@code purpose} until {@code expires}.
   *
   * @throws IllegalArgumentException when the purpose is blank or holds a NUL character
   */
  public String sign(String purpose, String subject, Instant expires) {
    checkPurpose(purpose);
    byte[] payload = (expires.getEpochSecond() + "." + subject).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(purpose, payload));
  }

  /**
   * The subject of {@code token} if it was signed here for {@code purpose} and has not expired at
   * {@code now}; empty for anything else, including garbage.
   */
  public Optional<String> verify(String purpose, String token, Instant now) {
    checkPurpose(purpose);
    if (token == null || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] givenMac;
    try {
      payload = DECODER.decode(token.substring(0, dot));
      givenMac = DECODER.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    // The MAC is checked before the payload is parsed: nothing an attacker wrote is interpreted.
    if (!MessageDigest.isEqual(mac(purpose, payload), givenMac)) {
      return Optional.empty();
    }
    return parse(payload).filter(p -> now.getEpochSecond() < p.expiresEpochSecond())
        .map(Payload::subject);
  }

  private byte[] mac(String purpose, byte[] payload) {
    return secret.mac("signer:" + purpose, payload);
  }

  private static Optional<Payload> parse(byte[] payload) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(payload)).toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    int dot = text.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Payload(Long.parseLong(text.substring(0, dot)),
          text.substring(dot + 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void checkPurpose(String purpose) {
    if (purpose == null || purpose.isBlank() || purpose.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a token purpose must be a non-blank name without NUL;"
          + " got \"" + purpose + "\"");
    }
  }

  private record Payload(long expiresEpochSecond, String subject) {}
}
