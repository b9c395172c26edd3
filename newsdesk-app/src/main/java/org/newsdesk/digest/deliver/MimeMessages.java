package org.newsdesk.digest.deliver;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the MIME message of an outbox row, the same on every attempt but for the Date: From,
 * To, an encoded Subject, the stored Message-ID, multipart/alternative with a text and an HTML
 * part (UTF-8, quoted-printable), the row's extra headers (List-Unsubscribe,
 * List-Unsubscribe-Post), and a DKIM signature when configured.
 *
 * <p>No {@code Precedence: bulk} and no {@code Auto-Submitted}: a digest is mail the reader asked
 * for; Precedence is non-standard (RFC 2076) and ignored by the large providers, which judge
 * bulk mail by its authentication and its List-Unsubscribe headers, and Auto-Submitted
 * (RFC 3834) marks machine replies, which this is not.
 */
public final class MimeMessages {

  private final Session session;
  private final InternetAddress from;
  private final Optional<DkimSigning> dkim;

  public MimeMessages(Session session, String from, Optional<DkimSigning> dkim) {
    this.session = session;
    try {
      this.from = new InternetAddress(from, true);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException("mail.from is not an address: " + from, e);
    }
    this.dkim = dkim;
  }

  public InternetAddress from() {
    return from;
  }

  /** The message to send now ({@code now} is its Date). */
  public MimeMessage build(OutgoingMail mail, Instant now) throws MessagingException {
    MimeMessage message = new StoredIdMessage(session, mail.messageId());
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(now));
    // Sorted, so the same row always gives the same header order (and the same signature input).
    for (Map.Entry<String, String> h : new TreeMap<>(mail.headers()).entrySet()) {
      message.setHeader(h.getKey(), MimeUtility.fold(h.getKey().length() + 2, h.getValue()));
    }
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part(mail.text(), "plain")); // least preferred first (RFC 2046)
    alternative.addBodyPart(part(mail.html(), "html"));
    message.setContent(alternative);
    message.saveChanges();
    return dkim.isPresent() ? dkim.get().sign(message) : message;
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, "UTF-8", subtype);
    // Quoted-printable whatever the content: lines stay under 76 characters (long HTML lines
    // would break the 998-octet limit) and relays never need to re-encode, which would break a
    // DKIM body hash.
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return part;
  }

  /**
   * Keeps the Message-ID stored with the row. Jakarta Mail would make a new one on every
   * saveChanges; a retry must carry the first one so a duplicate is recognisable as such.
   */
  private static final class StoredIdMessage extends MimeMessage {
    private final String messageId;

    StoredIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
