package org.newsdesk.digest.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.DigestSchedule;
import org.newsdesk.digest.Follow;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the subscribe, confirm, manage and unsubscribe pages do to subscribers, apart from HTTP.
 * Every link is checked twice: its signature and expiry ({@link DigestLinks}), then its token
 * generation against the stored one, so links mailed before an unsubscribe are dead.
 */
final class Subscriptions {

  private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

  /**
   * How far back the first digest reaches: the day before confirmation, so the first email,
   * whenever it comes, carries a full day of news rather than the minutes since confirming.
   */
  static final Duration FIRST_DIGEST_LOOKBACK = Duration.ofHours(24);

  /** What the subscribe form did; the reader sees the same page for both mails. */
  enum Subscribed { CONFIRMATION_SENT, MANAGE_LINK_SENT, ADDRESS_LIMIT }

  enum Confirmed { CONFIRMED, ALREADY_CONFIRMED, INVALID }

  enum Unsubscribed { UNSUBSCRIBED, ALREADY_UNSUBSCRIBED, INVALID }

  private final SubscriberStore store;
  private final DigestLinks links;
  private final ConfirmationMails mails;
  private final SubscribeLimits limits;
  private final Clock clock;

  Subscriptions(SubscriberStore store, DigestLinks links, ConfirmationMails mails,
      SubscribeLimits limits, Clock clock) {
    this.store = store;
    this.links = links;
    this.mails = mails;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * A new or pending (or once unsubscribed) address becomes pending with these settings and gets
   * a confirmation; an active or paused one is left as it is (the form is not authenticated) and
   * gets a link to its settings. Nothing is stored when the address had its mails for the day.
   */
  Subscribed subscribe(EmailAddress email, ZoneId zone, int hour, List<Follow> follows) {
    Instant since = clock.instant().minus(limits.addressWindow());
    return store.lockingAddress(email.value(), h -> {
      if (SubscriberStore.confirmationsSince(h, email.value(), since) >= limits.perAddress()) {
        log.info("subscribe {}: refused, {} confirmation mails within {}", email.masked(),
            limits.perAddress(), limits.addressWindow());
        return Subscribed.ADDRESS_LIMIT;
      }
      Optional<Subscriber> existing = SubscriberStore.byEmail(h, email.value());
      if (existing.isPresent() && (existing.get().state() == Subscriber.State.ACTIVE
          || existing.get().state() == Subscriber.State.PAUSED)) {
        OutboxStore.enqueue(h, mails.manageLink(existing.get()));
        log.info("subscriber {} ({}) is {} already: manage link queued", existing.get().id(),
            email.masked(), existing.get().state().dbName());
        return Subscribed.MANAGE_LINK_SENT;
      }
      long id;
      if (existing.isPresent()) {
        id = existing.get().id();
        SubscriberStore.resetToPending(h, id, zone, hour);
      } else {
        id = SubscriberStore.insertPending(h, email.value(), zone, hour);
      }
      SubscriberStore.setFollows(h, id, follows);
      Subscriber pending = SubscriberStore.byEmail(h, email.value()).orElseThrow();
      OutboxStore.enqueue(h, mails.confirmation(pending));
      log.info("subscriber {} ({}) pending, {} follows, {}:00 {}: confirmation queued", id,
          email.masked(), follows.size(), hour, zone.getId());
      return Subscribed.CONFIRMATION_SENT;
    });
  }

  /** The subscriber a link names, if it is genuine, unexpired and of the current generation. */
  Optional<Subscriber> holder(DigestLinks.Purpose purpose, String token) {
    return links.verify(purpose, token).flatMap(holder -> store.byId(holder.subscriberId())
        .filter(s -> s.tokenGeneration() == holder.generation()));
  }

  /** Activates the subscriber a confirmation link names; confirming twice changes nothing. */
  Confirmed confirm(String token) {
    Optional<Subscriber> found = holder(DigestLinks.Purpose.CONFIRM, token);
    if (found.isEmpty() || found.get().state() == Subscriber.State.UNSUBSCRIBED) {
      return Confirmed.INVALID;
    }
    Subscriber s = found.get();
    if (s.state() != Subscriber.State.PENDING) {
      return Confirmed.ALREADY_CONFIRMED;
    }
    Instant now = clock.instant();
    Instant next = DigestSchedule.nextAfter(now, s.zone(), s.sendHour());
    if (!store.confirm(s.id(), s.tokenGeneration(), now, now.minus(FIRST_DIGEST_LOOKBACK),
        next)) {
      return Confirmed.ALREADY_CONFIRMED; // a concurrent click confirmed it first
    }
    log.info("subscriber {} ({}) confirmed: active, first digest due {}", s.id(),
        EmailAddress.mask(s.email()), next);
    return Confirmed.CONFIRMED;
  }

  /**
   * The manage page's changes: zone, hour, paused or not, follows. The next digest is due at the
   * new hour (none while paused).
   */
  boolean saveSettings(Subscriber s, ZoneId zone, int hour, boolean paused,
      List<Follow> follows) {
    Optional<Instant> next = paused ? Optional.empty()
        : Optional.of(DigestSchedule.nextAfter(clock.instant(), zone, hour));
    boolean saved = store.saveSettings(s.id(), s.tokenGeneration(), zone, hour,
        paused ? Subscriber.State.PAUSED : Subscriber.State.ACTIVE, next);
    if (saved) {
      store.setFollows(s.id(), follows);
      log.info("subscriber {} ({}) settings: {}, {}:00 {}, {} follows, next digest {}", s.id(),
          EmailAddress.mask(s.email()), paused ? "paused" : "active", hour, zone.getId(),
          follows.size(), next.map(Instant::toString).orElse("none"));
    }
    return saved;
  }

  /**
   * Unsubscribes the holder of an unsubscribe link at once; no mail is sent. The same link again
   * (a mail client retrying the one-click POST) finds it done.
   */
  Unsubscribed unsubscribe(String token) {
    Optional<DigestLinks.Holder> holder = links.verify(DigestLinks.Purpose.UNSUBSCRIBE, token);
    if (holder.isEmpty()) {
      return Unsubscribed.INVALID;
    }
    Optional<Subscriber> s = store.byId(holder.get().subscriberId());
    if (s.isEmpty()) {
      return Unsubscribed.INVALID;
    }
    if (s.get().tokenGeneration() == holder.get().generation()
        && store.unsubscribe(s.get().id(), holder.get().generation(), clock.instant())) {
      log.info("subscriber {} ({}) unsubscribed", s.get().id(),
          EmailAddress.mask(s.get().email()));
      return Unsubscribed.UNSUBSCRIBED;
    }
    // Unsubscribing moved the generation on by one; this link is the one that did it.
    Subscriber now = store.byId(s.get().id()).orElseThrow();
    return now.state() == Subscriber.State.UNSUBSCRIBED
        && now.tokenGeneration() == holder.get().generation() + 1
        ? Unsubscribed.ALREADY_UNSUBSCRIBED : Unsubscribed.INVALID;
  }

  DigestLinks links() {
    return links;
  }

  Instant now() {
    return clock.instant();
  }
}
