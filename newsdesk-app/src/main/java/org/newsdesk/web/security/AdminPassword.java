package org.newsdesk.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The admin password, as a hash. Configured ({@code web.admin-password},
 * {@code NEWSDESK_ADMIN_PASSWORD}) it is hashed in memory at start; otherwise the first start
 * makes a random one, keeps only its hash in {@code <data>/admin-password} and hands the plain
 * password back once, for the caller to print, as self-hosted apps commonly do.
 */
public final class AdminPassword {

  static final String FILE_NAME = "admin-password";

  /** The password, and the message to print once when it was just made. */
  public record Loaded(AdminPassword password, Optional<String> notice) {}

  private final PasswordHash hash;

  private AdminPassword(PasswordHash hash) {
    this.hash = hash;
  }

  /**
   * The configured password when given (non-blank), otherwise the one whose hash is in
   * {@code dataDir/admin-password}, made on first start.
   */
  public static Loaded load(Path dataDir, Optional<String> configured) {
    SecureRandom random = new SecureRandom();
    if (configured.isPresent() && !configured.get().isBlank()) {
      return new Loaded(new AdminPassword(PasswordHash.of(configured.get(), random)),
          Optional.empty());
    }
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Optional<String> notice = Optional.empty();
      if (!Files.exists(file)) {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Another process starting at the same time may win; then its password holds, not ours.
        if (ServerSecret.PrivateFiles.createOnce(file,
            PasswordHash.of(plain, random).encode() + "\n")) {
          notice = Optional.of("Admin password for the web UI: " + plain + "\n"
              + "It is shown only this once; " + file + " keeps only its hash. To choose your own,"
              + " set web.admin-password (NEWSDESK_ADMIN_PASSWORD); to get a new one, delete that"
              + " file and restart.");
        }
      }
      String stored = Files.readString(file, StandardCharsets.UTF_8);
      PasswordHash hash = PasswordHash.decode(stored).orElseThrow(() -> new IllegalStateException(
          file + " does not hold a password hash; delete it and restart to get a new password"));
      return new Loaded(new AdminPassword(hash), notice);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the admin password file " + file, e);
    }
  }

  /** Whether {@code attempt} is the password; takes a deliberate fraction of a second. */
  public boolean matches(String attempt) {
    return hash.matches(attempt);
  }

  @Override
  public String toString() {
    return "AdminPassword[" + hash + "]";
  }
}
