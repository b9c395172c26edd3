package org.newsdesk.web.security;

import io.javalin.config.JettyConfig;
import io.javalin.config.RoutesConfig;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The web UI's security, built from the data folder and settings in one place: the server
 * secret, the {@link Signer}, {@link CsrfProtection} and the {@link AdminLogin}.
 *
 * <p>Wiring, inside {@code Javalin.create(config -> …)}:
 *
 * <pre>{@code
 * security.install(config.routes);                       // CSRF before-handler, /login, /logout
 * config.routes.before("/admin/*", security.admin()::requireAdmin);
 * }</pre>
 *
 * and print {@link #startupNotice()} to stderr once, if present.
 */
public final class WebSecurity {

  /**
   * @param secret base64 server secret from the configuration; empty: {@code <data>/secret.key}
   * @param adminPassword from the configuration; empty: a generated one, hashed in the data folder
   * @param csrfExemptPaths paths whose unsafe requests skip the CSRF check; see
   *     {@link CsrfProtection#CsrfProtection}
   */
  public record Settings(Optional<String> secret, Optional<String> adminPassword,
      List<String> csrfExemptPaths, boolean behindProxy) {

    /** Exempt by default: RFC 8058 one-click unsubscribe, which mail clients post. */
    public static final List<String> DEFAULT_EXEMPT = List.of("/unsubscribe/*");

    public Settings {
      csrfExemptPaths = List.copyOf(csrfExemptPaths);
    }

    public static Settings of(Optional<String> secret, Optional<String> adminPassword) {
      return new Settings(secret, adminPassword, DEFAULT_EXEMPT, false);
    }

    /** Behind a reverse proxy: client addresses come from its forwarding headers. */
    public Settings behindProxy(boolean behind) {
      return new Settings(secret, adminPassword, csrfExemptPaths, behind);
    }
  }

  private final Signer signer;
  private final CsrfProtection csrf;
  private final AdminLogin admin;
  private final Optional<String> startupNotice;
  private final boolean behindProxy;

  private WebSecurity(Signer signer, CsrfProtection csrf, AdminLogin admin,
      Optional<String> startupNotice, boolean behindProxy) {
    this.behindProxy = behindProxy;
    this.signer = signer;
    this.csrf = csrf;
    this.admin = admin;
    this.startupNotice = startupNotice;
  }

  /** Loads or creates the secret and the admin password in {@code dataDir}. */
  public static WebSecurity open(Path dataDir, Settings settings) {
    return open(dataDir, settings, Clock.systemUTC());
  }

  public static WebSecurity open(Path dataDir, Settings settings, Clock clock) {
    ServerSecret secret = ServerSecret.load(dataDir, settings.secret());
    Signer signer = new Signer(secret);
    CsrfProtection csrf = new CsrfProtection(secret, settings.csrfExemptPaths());
    AdminPassword.Loaded password = AdminPassword.load(dataDir, settings.adminPassword());
    return new WebSecurity(signer, csrf,
        new AdminLogin(password.password(), signer, csrf, clock), password.notice(),
        settings.behindProxy());
  }

  /** Installs the CSRF before-handler and the login routes. */
  public void install(RoutesConfig routes) {
    csrf.install(routes);
    admin.install(routes);
  }

  /**
   * Behind a reverse proxy, Jetty's {@link ForwardedRequestCustomizer} takes the client's address
   * and scheme from the proxy's {@code Forwarded} / {@code X-Forwarded-*} headers, so {@code
   * ctx.ip()} (the subscribe and login limits' key) names the reader, not the proxy. Off, those
   * headers are ignored: a client that reaches the port directly could forge them.
   */
  public void configure(JettyConfig jetty) {
    if (behindProxy) {
      jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
    }
  }

  /** The generated admin password's message, on the start that made it; print it once. */
  public Optional<String> startupNotice() {
    return startupNotice;
  }

  public Signer signer() {
    return signer;
  }

  public CsrfProtection csrf() {
    return csrf;
  }

  public AdminLogin admin() {
    return admin;
  }
}
