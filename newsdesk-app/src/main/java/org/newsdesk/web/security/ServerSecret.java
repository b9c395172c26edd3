package org.newsdesk.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's HMAC key: 32 random bytes that sign admin sessions, CSRF tokens and the links in
 * emails. It lives in {@code <data>/secret.key} so tokens survive a restart, or comes from the
 * configuration ({@code NEWSDESK_SECRET}, base64) when several instances must share it.
 *
 * <p>The key never leaves this object; callers get MACs. Each use names its own context, which is
 * MACed first, so a MAC made for one use (a CSRF token) is never valid for another (a session).
 */
public final class ServerSecret {

  static final int BYTES = 32;
  static final String FILE_NAME = "secret.key";

  private final SecretKeySpec key;

  private ServerSecret(byte[] bytes) {
    if (bytes.length < BYTES) {
      throw new IllegalArgumentException(
          "the server secret must have at least " + BYTES + " bytes; got " + bytes.length);
    }
    this.key = new SecretKeySpec(bytes.clone(), "HmacSHA256");
  }

  /** A secret from its bytes (at least 32); for tests and for keys kept elsewhere. */
  public static ServerSecret of(byte[] bytes) {
    return new ServerSecret(bytes);
  }

  /**
   * The configured secret when given (base64, at least 32 bytes decoded), otherwise the one in
   * {@code dataDir/secret.key}, created on first start.
   *
   * @throws IllegalArgumentException when the configured value is not base64 or too short
   */
  public static ServerSecret load(Path dataDir, Optional<String> configuredBase64) {
    if (configuredBase64.isPresent() && !configuredBase64.get().isBlank()) {
      String value = configuredBase64.get().strip();
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(value);
      } catch (IllegalArgumentException e) {
        try {
          bytes = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e2) {
          throw new IllegalArgumentException("the configured secret (NEWSDESK_SECRET) is not"
              + " base64: " + e2.getMessage(), e2);
        }
      }
      return new ServerSecret(bytes);
    }
    return new ServerSecret(readOrCreate(dataDir.resolve(FILE_NAME)));
  }

  /**
   * Two processes that start together must end with the same key: each writes its candidate to a
   * temporary file and moves it into place only if no key is there yet; everyone then reads the
   * file, so the first one to land wins for all.
   */
  private static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        PrivateFiles.createOnce(file, Base64.getEncoder().encodeToString(fresh) + "\n");
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(file + " does not hold a base64 key; delete it to make a"
            + " new one (sessions and links signed with the old key stop working)", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the server secret " + file, e);
    }
  }

  /** HMAC-SHA256 of {@code context}, a NUL, then {@code data}. */
  byte[] mac(String context, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(context.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      // Every JDK ships HmacSHA256; reaching this means a broken runtime.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "ServerSecret[hidden]";
  }

  /** Small files only this user may read, written so a reader never sees half a file. */
  static final class PrivateFiles {

    private PrivateFiles() {}

    /**
     * Puts {@code content} at {@code target} unless a file is already there (then leaves that
     * one); returns whether this call wrote it.
     */
    static boolean createOnce(Path target, String content) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        restrictToOwner(temp);
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
          // A hard link fails when the target exists, which a rename would overwrite.
          Files.createLink(target, temp);
          return true;
        } catch (FileAlreadyExistsException e) {
          return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
          return moveUnlessPresent(temp, target);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    }

    /** Where hard links are not available: a check, then an atomic rename (a tiny race). */
    private static boolean moveUnlessPresent(Path temp, Path target) throws IOException {
      if (Files.exists(target)) {
        return false;
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
      return true;
    }

    static void restrictToOwner(Path file) throws IOException {
      try {
        Files.setPosixFilePermissions(file,
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows and some mounted file systems: the folder's own permissions apply.
      }
    }
  }
}
