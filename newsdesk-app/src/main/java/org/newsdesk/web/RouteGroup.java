package org.newsdesk.web;

import io.javalin.config.RoutesConfig;

/**
 * Routes a module adds to the site (the digest's subscribe and manage pages, the admin mail
 * pages), rendered with the site's templates and guarded by its CSRF check and admin login
 * ({@code /admin/*} needs the admin).
 */
public interface RouteGroup {

  void addTo(RoutesConfig routes, Pages pages);
}
