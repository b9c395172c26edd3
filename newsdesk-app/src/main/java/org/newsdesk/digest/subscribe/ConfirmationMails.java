package org.newsdesk.digest.subscribe;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.Follow;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.digest.deliver.OutgoingMail;
import org.newsdesk.web.Pages;

/**
 * The two mails the subscribe form sends, each as HTML and text: the confirmation link to a new
 * (pending) address, and, to an address already subscribed, a link to its settings instead of a
 * second confirmation. Both are stored as kind {@code confirm}: they answer the same form and
 * count against the same per-address limit.
 */
final class ConfirmationMails {

  private final DigestLinks links;
  private final String messageIdDomain;
  private final Pages pages;

  ConfirmationMails(DigestLinks links, MailSettings mail, Pages pages) {
    this.links = links;
    this.messageIdDomain = domainOf(mail.from());
    this.pages = pages;
  }

  OutgoingMail confirmation(Subscriber s) {
    String url = links.confirmUrl(s);
    String what = s.follows().isEmpty() ? "the day's top stories"
        : s.follows().stream().map(Follow::label).collect(Collectors.joining(", "));
    String when = String.format("%02d:00 (%s)", s.sendHour(), s.zone().getId());
    String text = """
        Someone, probably you, asked for the Newsdesk daily digest at this address:
        one email a day at %s about %s.

        To start it, open this link and press "Confirm":
        %s

        If it wasn't you, ignore this email: nothing more will be sent.
        """.formatted(when, what, url);
    String html = pages.render("subscribe/mail.jte", Map.of(
        "heading", "Confirm your daily digest",
        "lines", java.util.List.of("Someone, probably you, asked for the Newsdesk daily digest"
            + " at this address: one email a day at " + when + " about " + what + ".",
            "To start it, open this link and press \u201cConfirm\u201d."),
        "url", url, "button", "Confirm my subscription",
        "footer", "If it wasn\u2019t you, ignore this email: nothing more will be sent."));
    return mail(s, "Confirm your Newsdesk daily digest", html, text);
  }

  OutgoingMail manageLink(Subscriber s) {
    String url = links.manageUrl(s);
    String text = """
        Someone, probably you, asked to subscribe this address to the Newsdesk daily digest.
        It is already subscribed. To change what you follow, when the digest comes, or to
        pause or stop it, open:
        %s

        If it wasn't you, ignore this email: nothing has changed.
        """.formatted(url);
    String html = pages.render("subscribe/mail.jte", Map.of(
        "heading", "You are already subscribed",
        "lines", java.util.List.of("Someone, probably you, asked to subscribe this address to"
            + " the Newsdesk daily digest. It is already subscribed.",
            "To change what you follow, when the digest comes, or to pause or stop it:"),
        "url", url, "button", "Manage my subscription",
        "footer", "If it wasn\u2019t you, ignore this email: nothing has changed."));
    return mail(s, "Your Newsdesk daily digest subscription", html, text);
  }

  private OutgoingMail mail(Subscriber s, String subject, String html, String text) {
    return new OutgoingMail(Optional.of(s.id()), OutgoingMail.Kind.CONFIRM, Optional.empty(),
        s.email(), OutgoingMail.newMessageId(messageIdDomain), subject, html, text, Map.of());
  }

  /** {@code example.org} of {@code "Newsdesk <digest@example.org>"}. */
  static String domainOf(String from) {
    String address = from.contains("<") ? from.substring(from.indexOf('<') + 1) : from;
    address = address.replace(">", "").strip();
    int at = address.lastIndexOf('@');
    return at >= 0 && at < address.length() - 1 ? address.substring(at + 1) : "localhost";
  }
}
