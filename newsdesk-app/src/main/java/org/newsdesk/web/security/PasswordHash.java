package org.newsdesk.web.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow hash of a password: PBKDF2 with HMAC-SHA256 from the JDK. The iteration count
 * follows OWASP's Password Storage Cheat Sheet (600,000 for PBKDF2-HMAC-SHA256; the 210,000 often
 * quoted is its figure for HMAC-SHA512). It is stored with the hash so it can be raised later
 * without invalidating existing files.
 *
 * <p>Encoded as {@code pbkdf2-sha256$iterations$salt$hash} (base64).
 */
record PasswordHash(int iterations, byte[] salt, byte[] hash) {

  static final int ITERATIONS = 600_000;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  static PasswordHash of(String password, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  boolean matches(String attempt) {
    return MessageDigest.isEqual(hash, derive(attempt, salt, iterations));
  }

  String encode() {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(hash);
  }

  static Optional<PasswordHash> decode(String text) {
    String[] parts = text.strip().split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return Optional.empty();
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      return iterations > 0 && salt.length > 0 && hash.length > 0
          ? Optional.of(new PasswordHash(iterations, salt, hash)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return SCHEME + "[" + iterations + " iterations]";
  }
}
