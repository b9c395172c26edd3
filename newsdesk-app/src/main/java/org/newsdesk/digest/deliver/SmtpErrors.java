package org.newsdesk.digest.deliver;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** Sorts a failed send into a permanent bounce or a failure worth retrying. */
final class SmtpErrors {

  private SmtpErrors() {}

  static SendOutcome classify(MessagingException e) {
    // Angus reports a refused RCPT as a SendFailedException whose chain holds the
    // SMTPAddressFailedException with the server's code; walk the whole chain.
    for (Exception x = e; x != null; x = next(x)) {
      if (x instanceof SMTPSenderFailedException) {
        // MAIL FROM refused: our envelope sender or account, not the recipient's fault;
        // suppressing the recipient for it would be wrong.
        return new SendOutcome.Retry(describe(x));
      }
      if (x instanceof SMTPAddressFailedException a) {
        return byCode(a.getReturnCode(), describe(a));
      }
      if (x instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
        return byCode(s.getReturnCode(), describe(s));
      }
      if (x instanceof AuthenticationFailedException) {
        return new SendOutcome.Retry("authentication failed: " + oneLine(x.getMessage()));
      }
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return new SendOutcome.Retry(cause.getClass().getSimpleName() + ": "
        + oneLine(String.valueOf(cause.getMessage())));
  }

  private static SendOutcome byCode(int code, String text) {
    return code >= 500 && code < 600 ? new SendOutcome.Bounced(text)
        : new SendOutcome.Retry(text);
  }

  private static Exception next(Exception x) {
    return x instanceof MessagingException m ? m.getNextException() : null;
  }

  /** The server's reply, which starts with its code, e.g. "550 5.1.1 no such user". */
  private static String describe(Exception x) {
    return oneLine(String.valueOf(x.getMessage()));
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
