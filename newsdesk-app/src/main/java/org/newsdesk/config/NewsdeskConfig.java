package org.newsdesk.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.newsdesk.digest.DigestSettings;
import org.newsdesk.digest.deliver.MailSettings;
import org.newsdesk.pipeline.PipelineSettings;
import org.newsdesk.pipeline.PollSettings;
import org.newsdesk.store.StoreSettings;

/**
 * Newsdesk's one configuration: the defaults in {@code newsdesk.conf} on the classpath, under a
 * user's file, under environment variables (named in the defaults file), under {@code
 * -Dnewsdesk…} system properties. Read once at start; a wrong value fails the start with the key
 * and the file it came from.
 */
public record NewsdeskConfig(
    StoreSettings store, PipelineSettings pipeline, FetchSettings fetch, PollSettings poll,
    WebSettings web, DigestSettings digest, MailSettings mail) {

  /**
   * Where the web UI listens, and its admin password and signing secret (base64) when configured;
   * empty ones are made and kept in the data folder.
   */
  public record WebSettings(String host, int port, Optional<String> adminPassword,
      Optional<String> secret, boolean behindProxy) {

    public WebSettings(String host, int port) {
      this(host, port, Optional.empty(), Optional.empty(), false);
    }

    /** Without the password and the secret, which must not reach a log. */
    @Override
    public String toString() {
      return "WebSettings[host=" + host + ", port=" + port + ", adminPassword="
          + (adminPassword.isPresent() ? "(set)" : "(none)") + ", secret="
          + (secret.isPresent() ? "(set)" : "(none)") + ", behindProxy=" + behindProxy + "]";
    }
  }

  /** Fetching: whether private addresses may be fetched, and per-host politeness. */
  public record FetchSettings(boolean allowPrivateAddresses, int perHostConcurrency,
      Duration perHostDelay, Duration perHostMaxDelay) {}

  /**
   * Loads the configuration.
   *
   * @param file the user's file, if any (missing file is an error: a typo must not pass silently)
   * @param dataDir overrides {@code newsdesk.data-dir} when given
   */
  public static NewsdeskConfig load(Optional<Path> file, Optional<Path> dataDir) {
    return load(file, dataDir, java.util.Map.of());
  }

  /**
   * Loads the configuration with command-line options on top of everything else.
   *
   * @param options values by path under {@code newsdesk}, e.g. {@code web.port} for
   *     {@code serve --port}: applied before derived settings (the digest's public URL follows
   *     the port) are worked out
   */
  public static NewsdeskConfig load(Optional<Path> file, Optional<Path> dataDir,
      java.util.Map<String, ?> options) {
    Config user = ConfigFactory.empty();
    if (file.isPresent()) {
      if (!Files.isRegularFile(file.get())) {
        throw new IllegalArgumentException("config file not found: " + file.get());
      }
      user = ConfigFactory.parseFile(file.get().toFile(),
          ConfigParseOptions.defaults().setAllowMissing(false));
    }
    Config config = ConfigFactory.defaultOverrides()
        .withFallback(user)
        .withFallback(ConfigFactory.parseResources("newsdesk.conf"))
        .resolve();
    if (dataDir.isPresent()) {
      config = config.withValue("newsdesk.data-dir",
          com.typesafe.config.ConfigValueFactory.fromAnyRef(dataDir.get().toString()));
    }
    for (java.util.Map.Entry<String, ?> option : options.entrySet()) {
      config = config.withValue("newsdesk." + option.getKey(),
          com.typesafe.config.ConfigValueFactory.fromAnyRef(option.getValue()));
    }
    try {
      return of(config.getConfig("newsdesk"));
    } catch (ConfigException e) {
      throw new IllegalArgumentException("bad configuration: " + e.getMessage(), e);
    }
  }

  private static NewsdeskConfig of(Config c) {
    String url = c.getString("database.url");
    StoreSettings store = new StoreSettings(Path.of(c.getString("data-dir")),
        url.isBlank() ? Optional.empty() : Optional.of(url),
        c.getString("database.user"), c.getString("database.password"),
        c.getInt("database.pool-size"));
    PipelineSettings pipeline = new PipelineSettings(c.getInt("pipeline.fetch-workers"),
        c.getInt("pipeline.extract-workers"), c.getInt("pipeline.analyze-workers"),
        c.getDuration("pipeline.lease"), c.getInt("pipeline.max-attempts"));
    FetchSettings fetch = new FetchSettings(c.getBoolean("fetch.allow-private-addresses"),
        c.getInt("fetch.per-host-concurrency"), c.getDuration("fetch.per-host-delay"),
        c.getDuration("fetch.per-host-max-delay"));
    PollSettings poll = new PollSettings(c.getDuration("poll.tick"),
        c.getDuration("poll.min-interval"), c.getDuration("poll.max-interval"));
    WebSettings web = new WebSettings(c.getString("web.host"), c.getInt("web.port"),
        nonBlank(c.getString("web.admin-password")), nonBlank(c.getString("web.secret")),
        c.getBoolean("web.behind-proxy"));
    String publicUrl = c.getString("digest.public-url");
    DigestSettings digest = new DigestSettings(
        URI.create(publicUrl.isBlank() ? "http://" + web.host() + ":" + web.port() : publicUrl),
        c.getDuration("digest.tick"), c.getInt("digest.max-stories"),
        c.getDuration("digest.confirm-link-validity"),
        c.getDuration("digest.manage-link-validity"), c.getDuration("digest.keep-sent-bodies"));
    return new NewsdeskConfig(store, pipeline, fetch, poll, web, digest, mail(c));
  }

  private static MailSettings mail(Config c) {
    Optional<MailSettings.Relay> relay = nonBlank(c.getString("mail.relay.host"))
        .map(host -> new MailSettings.Relay(host, c.getInt("mail.relay.port"),
            c.getBoolean("mail.relay.starttls"), c.getBoolean("mail.relay.implicit-tls"),
            nonBlank(c.getString("mail.relay.username")),
            nonBlank(c.getString("mail.relay.password"))));
    Optional<MailSettings.Dkim> dkim = nonBlank(c.getString("mail.dkim.domain"))
        .map(domain -> new MailSettings.Dkim(domain, c.getString("mail.dkim.selector"),
            Path.of(nonBlank(c.getString("mail.dkim.private-key")).orElseThrow(() ->
                new IllegalArgumentException("mail.dkim.domain is set but mail.dkim.private-key"
                    + " is not")))));
    double rate = c.getDouble("mail.messages-per-second");
    if (rate <= 0) {
      throw new IllegalArgumentException("mail.messages-per-second must be above 0");
    }
    return new MailSettings(c.getString("mail.from"), relay, c.getInt("mail.sink-port"), rate,
        dkim);
  }

  private static Optional<String> nonBlank(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
