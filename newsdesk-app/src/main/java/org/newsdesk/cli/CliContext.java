package org.newsdesk.cli;

import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.language.LanguageDetector;

/**
 * What the commands get from outside: standard input, and how to build the expensive parts. Both
 * builders are called only once the input has passed every cheap check, so a bad file costs
 * milliseconds, not the ten seconds of loading the models. Tests pass their own.
 */
record CliContext(
    InputStream stdin,
    Function<AnalyzerOptions, Analyzer> analyzers,
    Supplier<LanguageDetector> languageDetectors) {

  static CliContext standard() {
    return new CliContext(System.in, Analyzer::new, LanguageDetector::new);
  }
}
