package org.newsdesk.digest.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * DKIM signatures (RSA-SHA256, relaxed/relaxed) for the configured domain and selector. Signs
 * the headers a receiver judges the message by, List-Unsubscribe and List-Unsubscribe-Post
 * included: RFC 8058 one-click unsubscribe counts only when both are covered by a valid
 * signature.
 */
public final class DkimSigning {

  static final List<String> SIGNED_HEADERS = List.of("From", "To", "Subject", "Date",
      "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version",
      "Content-Type");

  private final String domain;
  private final String selector;
  private final RSAPrivateKey key;

  public DkimSigning(String domain, String selector, RSAPrivateKey key) {
    this.domain = domain;
    this.selector = selector;
    this.key = key;
  }

  public static DkimSigning of(MailSettings.Dkim dkim) {
    return new DkimSigning(dkim.domain(), dkim.selector(), readKey(dkim.privateKey()));
  }

  /**
   * {@code message} with a DKIM-Signature computed when it is written out. The copy keeps the
   * message's Message-ID: it is read from the bytes, and Transport.sendMessage does not call
   * saveChanges again.
   */
  MimeMessage sign(MimeMessage message) throws MessagingException {
    DkimSigner signer = new DkimSigner(domain, selector, key);
    signer.setHeaderCanonicalization(Canonicalization.RELAXED);
    signer.setBodyCanonicalization(Canonicalization.RELAXED);
    signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
    signer.setLengthParam(false);
    signer.setCheckDomainKey(false); // no DNS look-up at send time; the README says how to check
    for (String header : SIGNED_HEADERS) {
      signer.addHeaderToSign(header);
    }
    return new DkimMessage(message, signer);
  }

  /** A PKCS#8 RSA private key, PEM ("BEGIN PRIVATE KEY") or DER. */
  static RSAPrivateKey readKey(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.US_ASCII);
      if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
        throw new IllegalArgumentException(file + " is a PKCS#1 key; convert it with"
            + " `openssl pkcs8 -topk8 -nocrypt -in " + file + " -out key.pem`");
      }
      if (text.contains("-----BEGIN")) {
        bytes = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
      }
      return (RSAPrivateKey) KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(bytes));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the DKIM key " + file + ": " + e, e);
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("the DKIM key " + file
          + " is not a PKCS#8 RSA private key: " + e.getMessage(), e);
    }
  }
}
