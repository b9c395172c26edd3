package org.newsdesk.cli;

import org.newsdesk.analyze.card.CardJson;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.ExtractedArticle;
import org.newsdesk.extract.PublicationDate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.analyze.ArticleInput;
import org.newsdesk.analyze.UnsupportedInputException;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.language.DetectedLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code newsdesk analyze}: one article in, its insight card out. The cheap checks come first
 * (readable, text, UTF-8, not empty, English) so that bad input is refused in milliseconds; the
 * analyzer, which loads the NLP models, is built only for input that passed them.
 */
@Command(name = "analyze", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "Analyze one news article and print its insight card: entities, quotes, events, claims,"
            + " dates and places, each with the sentence it came from.",
        "The input is plain text (one paragraph a line) or HTML, UTF-8, in English."})
final class AnalyzeCommand implements Callable<Integer> {

  enum OutputFormat { json, text }

  enum InputFormat { auto, text, html }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|URL|-",
      description = "A file, an http(s) URL, or - for standard input.")
  private String source;

  @Option(names = "--published", order = 1, paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "The article's publication date; relative dates (\"last week\") resolve"
          + " against it.")
  private LocalDate published;

  @Option(names = "--format", order = 2, paramLabel = "json|text", defaultValue = "json",
      description = "json (default): the insight card as JSON; text: a summary to read.")
  private OutputFormat format;

  @Option(names = "--input-format", order = 3, paramLabel = "auto|text|html",
      defaultValue = "auto",
      description = "How to read the input; auto (default) looks at the content, the file"
          + " extension or the server's content type.")
  private InputFormat inputFormat;

  private Integer maxChars;

  @Option(names = "--max-chars", order = 4, paramLabel = "N",
      description = "Analyze only the first N characters of the article body (default 60000);"
          + " the card and a warning say when an article was cut.")
  void setMaxChars(int n) {
    if (n < 1_000) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be >= 1000; got " + n);
    }
    maxChars = n;
  }

  @Option(names = "--allow-private-addresses", order = 5,
      description = "Allow URLs on loopback and private networks (refused by default).")
  private boolean allowPrivateAddresses;

  private final CliContext context;

  AnalyzeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RawInput raw = new InputReader(context.stdin()).read(source, allowPrivateAddresses);
    raw.mediaType().filter(AnalyzeCommand::isNotText).ifPresent(type -> {
      throw new CommandFailure(ExitCode.BAD_INPUT,
          raw.origin() + " is " + type + ", not HTML or text");
    });
    if (raw.cut()) {
      warn(err, String.format(Locale.ROOT, "%s is larger than %d MB; reading only the first %d MB",
          raw.origin(), InputReader.MAX_BYTES >> 20, InputReader.MAX_BYTES >> 20));
    }
    String content = InputDecoder.decode(raw);
    ArticleInput.Format articleFormat = switch (inputFormat) {
      case text -> ArticleInput.Format.TEXT;
      case html -> ArticleInput.Format.HTML;
      case auto -> FormatSniffer.sniff(content, raw.extension(), raw.mediaType());
    };
    LocalDate date = published;
    if (articleFormat == ArticleInput.Format.HTML) {
      // A page goes through the extract stage first: its article body (boilerplate out) becomes
      // the text analyzed, and its publication date stands in when --published is not given.
      ExtractedArticle page = new ArticleExtractor().extract(content,
          raw.origin().startsWith("http") ? raw.origin() : null);
      if (page.hasBody()) {
        content = page.text();
        articleFormat = ArticleInput.Format.TEXT;
        if (date == null) {
          date = page.published().map(PublicationDate::date).orElse(null);
        }
      }
    }
    String plain = articleFormat == ArticleInput.Format.HTML
        ? Jsoup.parse(content).body().text() : content;
    if (plain.isBlank()) {
      throw new UnsupportedInputException(UnsupportedInputException.Reason.EMPTY,
          "the HTML has no text");
    }
    Optional<DetectedLanguage> language = context.languageDetectors().get().detect(plain);
    if (language.isPresent() && !language.get().isEnglish()) {
      throw new UnsupportedInputException(UnsupportedInputException.Reason.LANGUAGE,
          "the text is in " + language.get() + "; only English is supported yet");
    }

    AnalyzerOptions options = maxChars == null
        ? AnalyzerOptions.defaults() : new AnalyzerOptions(maxChars);
    Analyzer analyzer = context.analyzers().apply(options);
    InsightCard card = analyzer.analyze(new ArticleInput(content, articleFormat, date));
    if (card.truncated() != null) {
      warn(err, String.format(Locale.ROOT,
          "analyzed the first %,d of %,d characters (--max-chars sets the limit)",
          card.truncated().analyzedChars(), card.truncated().totalChars()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == OutputFormat.json ? CardJson.write(card) + "\n" : CardSummary.render(card));
    out.flush();
    return ExitCode.OK.code();
  }

  private static boolean isNotText(String mediaType) {
    return !(mediaType.startsWith("text/") || mediaType.equals("application/xhtml+xml")
        || mediaType.equals("application/xml"));
  }

  private static void warn(PrintWriter err, String message) {
    err.println(FailureHandler.PREFIX + "warning: " + message);
    err.flush();
  }

  /** An ISO date, with a message that says what was wrong with it. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date of the form YYYY-MM-DD");
      }
    }
  }
}
