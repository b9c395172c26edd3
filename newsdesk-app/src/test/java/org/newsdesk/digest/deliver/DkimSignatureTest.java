package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.Database;

/**
 * DKIM: the message as it reached a real SMTP server verifies against the public key, by an
 * independent relaxed/relaxed verifier written here from RFC 6376 (§3.4.2, §3.4.4, §3.7), and
 * stops verifying when a signed header is changed.
 */
class DkimSignatureTest {

  private static KeyPair keys;
  private static Path keyFile;

  @BeforeAll
  static void makeKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
    keyFile = Files.createTempFile("dkim", ".pem");
    // The PEM `openssl pkcs8 -topk8 -nocrypt` writes.
    Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n");
  }

  @Test
  void theSignatureOfTheDeliveredMessageVerifiesAndCoversTheUnsubscribeHeaders()
      throws Exception {
    Database db = DeliverFixtures.freshDb();
    OutgoingMail mail = DeliverFixtures.digest("ann@example.com", 0);
    long id = DeliverFixtures.enqueue(db, mail);
    List<ReceivedMail> received = new CopyOnWriteArrayList<>();
    try (SmtpSink sink = SmtpSink.start(0, received::add)) {
      DkimSigning dkim = DkimSigning.of(
          new MailSettings.Dkim("news.example.org", "nd2026", keyFile));
      DeliverFixtures.sender(db, sink.relay(), new java.util.Properties(), Optional.of(dkim))
          .drain("test/1");
    }
    assertThat(DeliverFixtures.column(db, id, "state")).isEqualTo("sent");
    assertThat(received).hasSize(1);
    String raw = new String(received.get(0).raw(), StandardCharsets.UTF_8);

    Map<String, String> tags = tags(raw);
    assertThat(tags).containsEntry("a", "rsa-sha256").containsEntry("c", "relaxed/relaxed")
        .containsEntry("d", "news.example.org").containsEntry("s", "nd2026");
    assertThat(List.of(tags.get("h").toLowerCase(Locale.ROOT).split("\\s*:\\s*")))
        .contains("from", "to", "subject", "date", "message-id", "list-unsubscribe",
            "list-unsubscribe-post");
    assertThat(received.get(0).messageId()).contains(mail.messageId());
    assertThat(verifies(raw, keys.getPublic())).isTrue();

    String tampered = raw.replaceFirst("(?m)^Subject: .*$", "Subject: =?UTF-8?Q?Win_a_prize?=");
    assertThat(tampered).isNotEqualTo(raw);
    assertThat(verifies(tampered, keys.getPublic())).isFalse();
    String otherBody = raw.replace("ceasefire holds", "ceasefire broke");
    assertThat(verifies(otherBody, keys.getPublic())).isFalse();
  }

  @Test
  void aPkcs1KeyIsRefusedWithTheConversionCommand() throws Exception {
    Path pkcs1 = Files.createTempFile("dkim", ".pem");
    Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DkimSigning.readKey(pkcs1))
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
  }

  // --- an independent verifier -------------------------------------------------------------

  private static boolean verifies(String raw, PublicKey key) throws Exception {
    int split = raw.indexOf("\r\n\r\n");
    List<String> headers = unfoldedHeaders(raw.substring(0, split + 2));
    String body = raw.substring(split + 4);
    Map<String, String> tags = tags(raw);
    byte[] bodyHash = MessageDigest.getInstance("SHA-256")
        .digest(relaxedBody(body).getBytes(StandardCharsets.UTF_8));
    if (!Base64.getEncoder().encodeToString(bodyHash).equals(tags.get("bh"))) {
      return false;
    }
    StringBuilder signed = new StringBuilder();
    List<String> unused = new ArrayList<>(headers);
    for (String name : tags.get("h").split("\\s*:\\s*")) {
      // The last instance not yet used (RFC 6376 §5.4.2); a missing one signs nothing.
      for (int i = unused.size() - 1; i >= 0; i--) {
        if (nameOf(unused.get(i)).equalsIgnoreCase(name.strip())) {
          signed.append(relaxedHeader(unused.remove(i))).append("\r\n");
          break;
        }
      }
    }
    String dkimHeader = headers.stream().filter(h -> nameOf(h).equalsIgnoreCase(
        "DKIM-Signature")).findFirst().orElseThrow();
    signed.append(relaxedHeader(dkimHeader.replaceFirst("(b=)[^;]*", "$1")));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(key);
    rsa.update(signed.toString().getBytes(StandardCharsets.UTF_8));
    return rsa.verify(Base64.getDecoder().decode(tags.get("b").replaceAll("\\s", "")));
  }

  private static Map<String, String> tags(String raw) {
    String header = unfoldedHeaders(raw.substring(0, raw.indexOf("\r\n\r\n") + 2)).stream()
        .filter(h -> nameOf(h).equalsIgnoreCase("DKIM-Signature")).findFirst().orElseThrow();
    Map<String, String> tags = new LinkedHashMap<>();
    for (String tag : header.substring(header.indexOf(':') + 1).split(";")) {
      int eq = tag.indexOf('=');
      if (eq > 0) {
        tags.put(tag.substring(0, eq).replaceAll("\\s", ""),
            tag.substring(eq + 1).replaceAll("\\s", ""));
      }
    }
    return tags;
  }

  /** Each header with its continuation lines, CRLFs kept (the relaxed form removes them). */
  private static List<String> unfoldedHeaders(String block) {
    List<String> out = new ArrayList<>();
    for (String line : block.split("\r\n")) {
      if (!out.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\r\n" + line);
      } else if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  private static String nameOf(String header) {
    return header.substring(0, header.indexOf(':')).strip();
  }

  private static String relaxedHeader(String header) {
    int colon = header.indexOf(':');
    String value = header.substring(colon + 1).replace("\r\n", "")
        .replaceAll("[ \t]+", " ").strip();
    return header.substring(0, colon).strip().toLowerCase(Locale.ROOT) + ":" + value;
  }

  private static String relaxedBody(String body) {
    StringBuilder out = new StringBuilder();
    for (String line : body.split("\r\n", -1)) {
      out.append(line.replaceAll("[ \t]+", " ").replaceAll(" +$", "")).append("\r\n");
    }
    String s = out.toString();
    while (s.endsWith("\r\n\r\n")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("\r\n") ? "" : s;
  }
}
