package org.newsdesk.digest.subscribe;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.Follow;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.store.Database;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.web.Pages;
import org.newsdesk.web.RouteGroup;

/**
 * The reader's side of the digest: subscribe, confirm, manage, unsubscribe. No passwords: each
 * page after the form is reached by a signed link from an email. Confirming takes a button press
 * (a POST) because mail systems' link scanners open every GET link in a message.
 */
public final class SubscribeRoutes implements RouteGroup {

  static final int DEFAULT_HOUR = 7;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", java.util.Locale.ENGLISH);

  private final SubscriberStore store;
  private final DigestLinks links;
  private final MailSettings mail;
  private final SubscribeLimits limits;
  private final Clock clock;
  private final ClientRateLimit clientLimit;
  private final FollowParams followParams;
  private Pages pages;
  private Subscriptions subscriptions;

  public SubscribeRoutes(Database db, DigestLinks links, MailSettings mail, Clock clock) {
    this(db, links, mail, SubscribeLimits.defaults(), clock);
  }

  public SubscribeRoutes(Database db, DigestLinks links, MailSettings mail,
      SubscribeLimits limits, Clock clock) {
    this.store = new SubscriberStore(db);
    this.links = links;
    this.mail = mail;
    this.limits = limits;
    this.clock = clock;
    this.clientLimit = new ClientRateLimit(limits.perClient(), limits.clientWindow());
    this.followParams = new FollowParams(store);
  }

  @Override
  public void addTo(RoutesConfig routes, Pages pages) {
    this.pages = pages;
    this.subscriptions = new Subscriptions(store, links, new ConfirmationMails(links, mail, pages),
        limits, clock);
    routes.get("/subscribe", this::form);
    routes.post("/subscribe", this::subscribe);
    routes.get("/subscribe/confirm/{token}", this::confirmPage);
    routes.post("/subscribe/confirm/{token}", this::confirm);
    routes.get("/manage/{token}", this::managePage);
    routes.post("/manage/{token}", this::manage);
    routes.get("/unsubscribe/{token}", this::unsubscribePage);
    routes.post("/unsubscribe/{token}", this::unsubscribe);
  }

  private void form(Context ctx) {
    showForm(ctx, 200, "", "", followParams.parse(ctx.queryParams("follow")), "", DEFAULT_HOUR);
  }

  private void showForm(Context ctx, int status, String error, String email,
      List<Follow> follows, String zone, int hour) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("error", error);
    params.put("email", email);
    params.put("follows", follows.stream().map(f -> new FollowOption(FollowParams.param(f),
        f.kind().dbName(), f.label())).toList());
    params.put("zones", TimeZones.IDS);
    params.put("zone", zone);
    params.put("hour", hour);
    params.put("csrf", pages.csrf(ctx));
    ctx.status(status);
    pages.html(ctx, "subscribe/form.jte", params);
  }

  private void subscribe(Context ctx) {
    if (!clientLimit.tryAcquire(ctx.ip(), clock.instant())) {
      message(ctx, 429, "Too many requests", "This computer has sent the subscribe form too"
          + " often. Please wait a few minutes and try again.", false);
      return;
    }
    String typed = Optional.ofNullable(ctx.formParam("email")).orElse("");
    List<Follow> follows = followParams.parse(ctx.formParams("follow"));
    String zoneId = Optional.ofNullable(ctx.formParam("zone")).orElse("");
    List<String> problems = new ArrayList<>();
    EmailAddress email = null;
    try {
      email = EmailAddress.parse(typed);
    } catch (InvalidEmailAddress e) {
      problems.addAll(e.problems());
    }
    Optional<ZoneId> zone = TimeZones.parse(zoneId.isBlank() ? "UTC" : zoneId);
    if (zone.isEmpty()) {
      problems.add("Pick a time zone from the list.");
    }
    Optional<Integer> hour = hour(ctx.formParam("hour"));
    if (hour.isEmpty()) {
      problems.add("Pick the hour the digest should come.");
    }
    if (!problems.isEmpty()) {
      showForm(ctx, 400, String.join(" ", problems), typed, follows, zoneId,
          hour.orElse(DEFAULT_HOUR));
      return;
    }
    Subscriptions.Subscribed result =
        subscriptions.subscribe(email, zone.get(), hour.get(), follows);
    if (result == Subscriptions.Subscribed.ADDRESS_LIMIT) {
      message(ctx, 429, "Too many emails to this address", "We have sent this address as many"
          + " emails as we will in a day. Look for them in your inbox (and spam folder), or try"
          + " again tomorrow.", false);
      return;
    }
    // The same page whether the address was new or already subscribed: the form must not tell
    // a stranger who reads the digest.
    message(ctx, 200, "Check your inbox", "We have sent an email to " + email.value()
        + ". Open the link in it to confirm your daily digest. Nothing else will be sent until"
        + " you do.", false);
  }

  private void confirmPage(Context ctx) {
    Optional<Subscriber> s = subscriptions.holder(DigestLinks.Purpose.CONFIRM, token(ctx));
    if (s.isEmpty() || s.get().state() == Subscriber.State.UNSUBSCRIBED) {
      invalidLink(ctx);
      return;
    }
    if (s.get().state() != Subscriber.State.PENDING) {
      confirmed(ctx, s.get(), "Already confirmed");
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("title", "Confirm your daily digest");
    params.put("text", "Press the button to start your daily digest at "
        + String.format("%02d:00", s.get().sendHour()) + " (" + s.get().zone().getId() + ")"
        + describe(s.get().follows()) + ".");
    params.put("action", ctx.path());
    params.put("button", "Confirm");
    params.put("csrf", pages.csrf(ctx));
    pages.html(ctx, "subscribe/button.jte", params);
  }

  private void confirm(Context ctx) {
    String token = token(ctx);
    Subscriptions.Confirmed result = subscriptions.confirm(token);
    if (result == Subscriptions.Confirmed.INVALID) {
      invalidLink(ctx);
      return;
    }
    Subscriber s = subscriptions.holder(DigestLinks.Purpose.CONFIRM, token).orElseThrow();
    confirmed(ctx, s, result == Subscriptions.Confirmed.CONFIRMED ? "You are subscribed"
        : "Already confirmed");
  }

  private void confirmed(Context ctx, Subscriber s, String title) {
    String first = s.nextDigestAt().map(at -> " Your first digest comes on "
        + WHEN.format(at.atZone(s.zone())) + " (" + s.zone().getId() + ").").orElse("");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("title", title);
    params.put("message", "Your daily digest is on." + first);
    params.put("link", links.manageUrl(s));
    params.put("linkText", "Change what you follow or when it comes");
    pages.html(ctx, "subscribe/message.jte", params);
  }

  private void managePage(Context ctx) {
    Optional<Subscriber> s = manageable(ctx);
    if (s.isEmpty()) {
      invalidLink(ctx);
      return;
    }
    showManage(ctx, s.get(), ctx.queryParam("saved") != null ? "Saved." : "", 200);
  }

  private void showManage(Context ctx, Subscriber s, String status, int httpStatus) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("status", status);
    params.put("follows", s.follows().stream().map(f -> new FollowOption(FollowParams.param(f),
        f.kind().dbName(), f.label())).toList());
    params.put("zones", TimeZones.IDS);
    params.put("zone", s.zone().getId());
    params.put("hour", s.sendHour());
    params.put("paused", s.state() == Subscriber.State.PAUSED);
    params.put("next", s.nextDigestAt().map(at -> WHEN.format(at.atZone(s.zone())))
        .orElse(""));
    params.put("action", ctx.path());
    params.put("unsubscribe", "/unsubscribe/" + links.token(DigestLinks.Purpose.UNSUBSCRIBE, s));
    params.put("csrf", pages.csrf(ctx));
    ctx.status(httpStatus);
    pages.html(ctx, "subscribe/manage.jte", params);
  }

  private void manage(Context ctx) {
    Optional<Subscriber> s = manageable(ctx);
    if (s.isEmpty()) {
      invalidLink(ctx);
      return;
    }
    Optional<ZoneId> zone = TimeZones.parse(ctx.formParam("zone"));
    Optional<Integer> hour = hour(ctx.formParam("hour"));
    if (zone.isEmpty() || hour.isEmpty()) {
      showManage(ctx, s.get(), "Pick a time zone and an hour from the lists.", 400);
      return;
    }
    List<String> kept = new ArrayList<>(ctx.formParams("follow"));
    String added = Optional.ofNullable(ctx.formParam("add")).orElse("").strip();
    if (!added.isEmpty()) {
      kept.add(Optional.ofNullable(ctx.formParam("addKind")).orElse("search") + ":" + added);
    }
    boolean paused = "paused".equals(ctx.formParam("state"));
    if (!subscriptions.saveSettings(s.get(), zone.get(), hour.get(), paused,
        followParams.parse(kept))) {
      invalidLink(ctx);
      return;
    }
    ctx.redirect(ctx.path() + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** A manage link's subscriber, when it is confirmed (active or paused). */
  private Optional<Subscriber> manageable(Context ctx) {
    return subscriptions.holder(DigestLinks.Purpose.MANAGE, token(ctx))
        .filter(s -> s.state() == Subscriber.State.ACTIVE
            || s.state() == Subscriber.State.PAUSED);
  }

  private void unsubscribePage(Context ctx) {
    Optional<Subscriber> s = subscriptions.holder(DigestLinks.Purpose.UNSUBSCRIBE, token(ctx));
    if (s.isEmpty()) {
      // Possibly already done with this very link: the POST answers that without a change.
      message(ctx, 400, "This link does not work", "The link has expired or was already used."
          + " If you still get the digest, use the unsubscribe link in the latest one.", true);
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("title", "Unsubscribe");
    params.put("text", "Press the button to stop the daily digest. No more email will be sent.");
    params.put("action", ctx.path());
    params.put("button", "Unsubscribe");
    params.put("csrf", pages.csrf(ctx));
    pages.html(ctx, "subscribe/button.jte", params);
  }

  /**
   * RFC 8058 one-click: a mail client POSTs {@code List-Unsubscribe=One-Click} with no cookie; the
   * signed token in the path is the authentication (the path is exempt from the CSRF check).
   */
  private void unsubscribe(Context ctx) {
    Subscriptions.Unsubscribed result = subscriptions.unsubscribe(token(ctx));
    if (result == Subscriptions.Unsubscribed.INVALID) {
      message(ctx, 400, "This link does not work", "The link has expired or is not one we sent."
          + " If you still get the digest, use the unsubscribe link in the latest one.", true);
      return;
    }
    message(ctx, 200, "Unsubscribed", "You will get no more digests. Changed your mind? You"
        + " can subscribe again at any time.", true);
  }

  private void invalidLink(Context ctx) {
    message(ctx, 400, "This link does not work", "The link has expired, was replaced by a newer"
        + " one, or is not one we sent. You can subscribe again; we will send a fresh link.",
        true);
  }

  private void message(Context ctx, int status, String title, String text,
      boolean offerSubscribe) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("title", title);
    params.put("message", text);
    params.put("link", offerSubscribe ? "/subscribe" : "");
    params.put("linkText", "Subscribe to the daily digest");
    ctx.status(status);
    pages.html(ctx, "subscribe/message.jte", params);
  }

  private static String token(Context ctx) {
    return ctx.pathParam("token");
  }

  private static Optional<Integer> hour(String value) {
    try {
      int h = Integer.parseInt(Optional.ofNullable(value).orElse("").strip());
      return h >= 0 && h <= 23 ? Optional.of(h) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String describe(List<Follow> follows) {
    return follows.isEmpty() ? " with the day's top stories"
        : " about " + String.join(", ", follows.stream().map(Follow::label).toList());
  }

  /** A follow as a form shows it: the checkbox value, its kind and its label. */
  public record FollowOption(String param, String kind, String label) {}
}
