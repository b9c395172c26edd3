package org.newsdesk.digest.compose;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.time.Clock;
import org.newsdesk.web.Pages;
import org.newsdesk.web.RouteGroup;

/**
 * {@code GET /digest/preview?subscriber=ID|EMAIL[&text]}: the digest that subscriber would get
 * now, as the email's HTML (or text) part, stored nowhere. Admins only: it shows a reader's
 * follows and carries their live manage links.
 */
public final class DigestPreviewRoutes implements RouteGroup {

  private final DigestPreview preview;
  private final Clock clock;

  public DigestPreviewRoutes(DigestPreview preview, Clock clock) {
    this.preview = preview;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes, Pages pages) {
    routes.get("/digest/preview", ctx -> show(ctx, pages));
    routes.get("/admin/digest/preview", ctx -> show(ctx, pages));
  }

  private void show(Context ctx, Pages pages) {
    if (!pages.isAdmin(ctx)) {
      throw new ForbiddenResponse("the digest preview is for the admin");
    }
    String who = ctx.queryParam("subscriber");
    if (who == null || who.isBlank()) {
      throw pages.notFound("say which subscriber: ?subscriber=ID or EMAIL");
    }
    DigestPreview.Preview p = preview.of(who, clock.instant())
        .orElseThrow(() -> pages.notFound("no subscriber " + who));
    ctx.header("Cache-Control", "no-store");
    if (p.digest().isEmpty()) {
      ctx.contentType("text/plain; charset=utf-8")
          .result("Nothing new for " + p.subscriber().email() + ": no digest would be sent now.");
    } else if (ctx.queryParam("text") != null) {
      ctx.contentType("text/plain; charset=utf-8").result(p.digest().get().mail().text());
    } else {
      // The email's own HTML, escaped when it was rendered.
      ctx.html(p.digest().get().mail().html());
    }
  }
}
