package org.newsdesk.digest.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** A message as an SMTP server received it: envelope and raw bytes. */
public record ReceivedMail(String mailFrom, List<String> recipients, byte[] raw) {

  private static final Session PARSING = Session.getInstance(new Properties());

  public ReceivedMail {
    recipients = List.copyOf(recipients);
  }

  /** The message parsed (headers and parts), for reading Message-ID and Subject. */
  public MimeMessage parse() throws MessagingException {
    return new MimeMessage(PARSING, new ByteArrayInputStream(raw));
  }

  public Optional<String> messageId() {
    try {
      return Optional.ofNullable(parse().getMessageID());
    } catch (MessagingException e) {
      return Optional.empty();
    }
  }

  public Optional<String> subject() {
    try {
      return Optional.ofNullable(parse().getSubject());
    } catch (MessagingException e) {
      return Optional.empty();
    }
  }
}
