/**
 * Security for the web UI: a server secret ({@link org.newsdesk.web.security.ServerSecret}),
 * HMAC-signed expiring tokens ({@link org.newsdesk.web.security.Signer}), CSRF protection for
 * forms ({@link org.newsdesk.web.security.CsrfProtection}) and the admin login ({@link
 * org.newsdesk.web.security.AdminLogin}). {@link org.newsdesk.web.security.WebSecurity} builds
 * them from the data folder and settings and installs their handlers in a Javalin app.
 *
 * <p>Null contract: no method returns null; a token or cookie that does not check out is an
 * empty {@link java.util.Optional} or {@code false}, never an exception.
 */
package org.newsdesk.web.security;
