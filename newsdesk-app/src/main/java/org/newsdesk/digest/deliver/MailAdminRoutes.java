package org.newsdesk.digest.deliver;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.store.Database;
import org.newsdesk.store.OutboxStore;
import org.newsdesk.store.SinkStore;
import org.newsdesk.store.SuppressionStore;
import org.newsdesk.web.Pages;
import org.newsdesk.web.RouteGroup;

/**
 * The admin's mail pages: the sink's messages (/admin/mail, /admin/mail/{id}) with the outbox's
 * state, and the suppression list (/admin/suppressions) with forms to add and lift entries.
 * Under /admin, so the site's admin login guards them, and its CSRF check guards the forms.
 */
public final class MailAdminRoutes implements RouteGroup {

  private final SinkStore sink;
  private final OutboxStore outbox;
  private final SuppressionStore suppressions;

  public MailAdminRoutes(Database db) {
    this.sink = new SinkStore(db);
    this.outbox = new OutboxStore(db);
    this.suppressions = new SuppressionStore(db);
  }

  @Override
  public void addTo(RoutesConfig routes, Pages pages) {
    routes.get("/admin/mail", ctx -> pages.html(ctx, "mail.jte", Map.of(
        "messages", sink.latest(200),
        "states", outbox.countByState(),
        "problems", outbox.recentProblems(20))));
    routes.get("/admin/mail/{id}", ctx -> {
      SinkStore.SinkMessage m = sink.byId(Long.parseLong(ctx.pathParam("id")))
          .orElseThrow(() -> pages.notFound("no message " + ctx.pathParam("id")));
      MailView view = MailView.of(new ReceivedMail(m.summary().mailFrom(),
          m.summary().recipients(), m.raw()));
      pages.html(ctx, "mail_message.jte", Map.of("message", m.summary(), "view", view));
    });
    routes.get("/admin/mail/{id}/html", ctx -> {
      SinkStore.SinkMessage m = sink.byId(Long.parseLong(ctx.pathParam("id")))
          .orElseThrow(() -> pages.notFound("no message " + ctx.pathParam("id")));
      MailView view = MailView.of(new ReceivedMail(m.summary().mailFrom(),
          m.summary().recipients(), m.raw()));
      // The mail's own HTML, as a mail client would show it, but in a sandbox: the CSP makes
      // it an opaque origin without scripts, forms or plugins even if opened directly.
      ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src https: data:;"
          + " style-src 'unsafe-inline'; frame-ancestors 'self'");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(view.html().orElse("<p>(no HTML part)</p>"));
    });
    routes.get("/admin/suppressions", ctx -> pages.html(ctx, "suppressions.jte", Map.of(
        "suppressions", suppressions.list(1000),
        "csrf", pages.csrf(ctx),
        "message", Optional.ofNullable(ctx.queryParam("done")).orElse(""))));
    routes.post("/admin/suppressions", this::add);
    routes.post("/admin/suppressions/lift", this::lift);
  }

  private void add(Context ctx) {
    String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
    if (!email.contains("@")) {
      done(ctx, "Not an email address: " + email);
      return;
    }
    String reason = Optional.ofNullable(ctx.formParam("reason")).filter(r -> !r.isBlank())
        .orElse("added by the admin");
    suppressions.add(email, reason);
    done(ctx, "Suppressed " + email + ".");
  }

  private void lift(Context ctx) {
    String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    done(ctx, suppressions.lift(email) ? "Lifted the suppression of " + email
        + "; mail already failed is not resent." : "No suppression for " + email + ".");
  }

  private static void done(Context ctx, String message) {
    ctx.redirect("/admin/suppressions?done=" + URLEncoder.encode(message, StandardCharsets.UTF_8),
        HttpStatus.SEE_OTHER);
  }
}
