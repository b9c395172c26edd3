package org.newsdesk.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.web.security.Signer;

/**
 * The links in emails: confirm, manage, one-click unsubscribe. Each carries an HMAC-signed,
 * expiring token naming the subscriber and their token generation, so no password is needed
 * and a link stops working when it expires or when the subscriber's generation moves on
 * (unsubscribed, then subscribed again).
 */
public final class DigestLinks {

  /** What a valid token names. The caller checks the generation against the stored one. */
  public record Holder(long subscriberId, int generation) {}

  public enum Purpose {
    CONFIRM("digest-confirm"), MANAGE("digest-manage"), UNSUBSCRIBE("digest-unsubscribe");

    private final String signerPurpose;

    Purpose(String signerPurpose) {
      this.signerPurpose = signerPurpose;
    }
  }

  private final Signer signer;
  private final DigestSettings settings;
  private final Clock clock;

  public DigestLinks(Signer signer, DigestSettings settings, Clock clock) {
    this.signer = signer;
    this.settings = settings;
    this.clock = clock;
  }

  public String token(Purpose purpose, Subscriber s) {
    Instant expires = clock.instant().plus(purpose == Purpose.CONFIRM
        ? settings.confirmLinkValidity() : settings.manageLinkValidity());
    return signer.sign(purpose.signerPurpose, s.id() + ":" + s.tokenGeneration(), expires);
  }

  /** The holder named by {@code token} if it was signed for {@code purpose} and is unexpired. */
  public Optional<Holder> verify(Purpose purpose, String token) {
    return signer.verify(purpose.signerPurpose, token, clock.instant()).flatMap(subject -> {
      int colon = subject.indexOf(':');
      try {
        return Optional.of(new Holder(Long.parseLong(subject.substring(0, colon)),
            Integer.parseInt(subject.substring(colon + 1))));
      } catch (RuntimeException malformed) {
        return Optional.empty();
      }
    });
  }

  public String confirmUrl(Subscriber s) {
    return settings.publicUrl() + "/subscribe/confirm/" + token(Purpose.CONFIRM, s);
  }

  public String manageUrl(Subscriber s) {
    return settings.publicUrl() + "/manage/" + token(Purpose.MANAGE, s);
  }

  /** The RFC 8058 one-click target: a POST here unsubscribes at once; a GET shows a button. */
  public String unsubscribeUrl(Subscriber s) {
    return settings.publicUrl() + "/unsubscribe/" + token(Purpose.UNSUBSCRIBE, s);
  }

  public String storyUrl(long storyId) {
    return settings.publicUrl() + "/stories/" + storyId;
  }

  public String siteUrl(String path) {
    return settings.publicUrl() + path;
  }
}
