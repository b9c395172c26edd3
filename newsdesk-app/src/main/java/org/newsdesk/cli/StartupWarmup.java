package org.newsdesk.cli;

import org.slf4j.LoggerFactory;

/**
 * Loads the web stack's classes (Jetty, Javalin, the templates, Lucene, Flyway, micrometer) on a
 * second core while the main thread waits for PostgreSQL to start: most of {@code serve}'s time
 * to its first page is class loading, and the two can overlap.
 */
final class StartupWarmup {

  private StartupWarmup() {}

  static void start() {
    Thread t = new Thread(() -> {
      try {
        io.javalin.Javalin.create(config -> {
          config.startup.showJavalinBanner = false;
          // Never started on purpose: without this Javalin logs that it looks like a mistake.
          config.startup.startupWatcherEnabled = false;
        });
        gg.jte.TemplateEngine.createPrecompiled(gg.jte.ContentType.Html);
        new org.apache.lucene.analysis.en.EnglishAnalyzer().close();
        org.flywaydb.core.Flyway.configure();
        new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
            io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT).close();
        Class.forName("org.newsdesk.web.WebServer");
      } catch (Throwable e) {
        // Only a head start: whatever fails here fails again, with its message, where it is used.
        LoggerFactory.getLogger(StartupWarmup.class).debug("warm-up: {}", e.toString());
      }
    }, "startup-warmup");
    t.setDaemon(true);
    t.start();
  }
}
