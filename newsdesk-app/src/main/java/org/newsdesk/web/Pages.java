package org.newsdesk.web;

import io.javalin.http.Context;
import java.util.Map;
import org.newsdesk.web.security.WebSecurity;

/** What a {@link RouteGroup} needs to make pages like the rest of the site. */
public final class Pages {

  private final Templates templates;
  private final WebSecurity security;

  Pages(Templates templates, WebSecurity security) {
    this.templates = templates;
    this.security = security;
  }

  /** Renders a JTE template of {@code src/main/jte} as the response. */
  public void html(Context ctx, String template, Map<String, Object> params) {
    ctx.html(templates.render(template, params));
  }

  /** Renders a JTE template to a string (e.g. an email's HTML part). */
  public String render(String template, Map<String, Object> params) {
    return templates.render(template, params);
  }

  /** The CSRF token a form on this response must carry as {@code _csrf}. */
  public String csrf(Context ctx) {
    return security.csrf().token(ctx);
  }

  /** Whether the request comes from the logged-in admin. */
  public boolean isAdmin(Context ctx) {
    return security.admin().isAdmin(ctx);
  }

  /** A 404 with this message, in the site's error page. */
  public RuntimeException notFound(String message) {
    return new WebServer.NotFound(message);
  }
}
