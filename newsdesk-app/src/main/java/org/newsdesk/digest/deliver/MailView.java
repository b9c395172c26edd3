package org.newsdesk.digest.deliver;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One received message taken apart for the admin page: its headers, its text part and its HTML
 * part (shown only inside a sandboxed frame, never inline).
 */
public record MailView(List<Map.Entry<String, String>> headers, Optional<String> text,
    Optional<String> html) {

  public static MailView of(ReceivedMail mail) {
    try {
      MimeMessage m = mail.parse();
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      for (Header h : Collections.list(m.getAllHeaders())) {
        headers.add(Map.entry(h.getName(), h.getValue().replaceAll("\r?\n[ \t]+", " ")));
      }
      String[] parts = new String[2];
      collect(m, parts);
      return new MailView(headers, Optional.ofNullable(parts[0]), Optional.ofNullable(parts[1]));
    } catch (MessagingException | IOException e) {
      return new MailView(List.of(Map.entry("(unreadable)", e.getMessage())),
          Optional.of(new String(mail.raw(), java.nio.charset.StandardCharsets.UTF_8)),
          Optional.empty());
    }
  }

  private static void collect(Part part, String[] out) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && out[0] == null) {
      out[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html") && out[1] == null) {
      out[1] = (String) part.getContent();
    } else if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart child = mp.getBodyPart(i);
        collect(child, out);
      }
    }
  }
}
