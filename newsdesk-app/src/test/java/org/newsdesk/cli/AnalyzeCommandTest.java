package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.analyze.Analyzer;
import org.newsdesk.analyze.AnalyzerOptions;
import org.newsdesk.language.LanguageDetector;

/**
 * {@code newsdesk analyze} run in-process with captured output. The analyzer is never built: for
 * bad input the test fails if it is, and for good input a stand-in throws so we can see that the
 * input got that far, and with which options.
 */
class AnalyzeCommandTest {

  private static final LanguageDetector LANGUAGES = new LanguageDetector();

  private static final String ENGLISH = "The central bank held interest rates steady on"
      + " Wednesday, saying inflation had eased faster than expected over the summer. Officials"
      + " signalled that they were in no hurry to cut borrowing costs.\n";

  private static final String GERMAN = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur"
      + " Förderung erneuerbarer Energien beschlossen. Nach Angaben des Wirtschaftsministeriums"
      + " sollen bis zum Jahr 2030 achtzig Prozent des Stroms aus Wind- und Sonnenkraft stammen.\n";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  /** Options the analyzer was asked for, when the stand-in was reached. */
  private final List<AnalyzerOptions> built = new ArrayList<>();

  private static final Function<AnalyzerOptions, Analyzer> NEVER = options -> {
    throw new AssertionError("the analyzer must not be built for this input");
  };

  private final Function<AnalyzerOptions, Analyzer> standIn = options -> {
    built.add(options);
    throw new IllegalStateException("stand-in analyzer");
  };

  private Run run(byte[] stdin, Function<AnalyzerOptions, Analyzer> analyzers, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(new ByteArrayInputStream(stdin), analyzers,
        () -> LANGUAGES);
    int code = NewsdeskCli.commandLine(context, new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run analyzeFile(byte[] content, String fileName, String... more) throws IOException {
    Path file = dir.resolve(fileName);
    Files.write(file, content);
    String[] args = new String[more.length + 2];
    args[0] = "analyze";
    args[1] = file.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return run(new byte[0], NEVER, args);
  }

  private static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertOneLineFailure(Run run, ExitCode code, String... fragments) {
    assertThat(run.code()).isEqualTo(code.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("newsdesk: ").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(run.err()).contains(f);
    }
  }

  @Test
  void aPageGoesThroughTheExtractorAndLendsItsDateToRelativeDates() throws IOException {
    String paragraph = "<p>Pyongyang fired two ballistic missiles on Wednesday, the South Korean military"
        + " said. The launch came as the country's leader was abroad for talks with officials.</p>";
    byte[] html = utf8("<!DOCTYPE html><html><head><title>Missiles</title>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2023-09-13T08:00:00Z\"}</script></head><body>"
        + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news</a></li></ul></nav>"
        + "<article><h1>Missiles</h1>" + paragraph.repeat(3) + "</article>"
        + "<footer><p>Subscribe to our newsletter for the best stories</p></footer></body></html>");
    Path file = dir.resolve("page.html");
    Files.write(file, html);
    Run run = run(new byte[0], options -> org.newsdesk.analyze.SharedAnalyzer.get(),
        "analyze", file.toString());
    assertThat(run.code()).isEqualTo(ExitCode.OK.code());
    com.fasterxml.jackson.databind.JsonNode card = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(card.path("published").asText()).isEqualTo("2023-09-13");
    assertThat(card.path("body").path("text").asText()).startsWith("Pyongyang fired").doesNotContain("Home")
        .doesNotContain("newsletter");
    assertThat(card.path("dates").get(0).path("from").asText()).isEqualTo("2023-09-13");
  }

  @Test
  void invalidUtf8IsRefusedNamingTheByteAndItsOffset() throws IOException {
    // "Caf" then a Latin-1 é (0xE9) on line 2, at byte offset 12 + 3 = 15.
    byte[] latin1 = concat(utf8("First line.\nCaf"), new byte[] {(byte) 0xE9}, utf8(" noir.\n"));
    Run run = analyzeFile(latin1, "latin1.txt");
    assertOneLineFailure(run, ExitCode.BAD_INPUT,
        "input is not valid UTF-8: byte 0xE9 at offset 15 (line 2)");
  }

  @Test
  void validMultiByteCharactersBeforeTheBadByteCountAsBytes() throws IOException {
    // ‘ and ’ are three bytes each: the bad byte is at offset 2 + 3 + 1 + 3 = 9.
    byte[] text = concat(utf8("a ‘b’"), new byte[] {(byte) 0xFF}, utf8(" rest"));
    assertOneLineFailure(analyzeFile(text, "quotes.txt"), ExitCode.BAD_INPUT,
        "byte 0xFF at offset 9 (line 1)");
  }

  @Test
  void aMultiByteSequenceCutShortAtTheEndIsInvalid() throws IOException {
    byte[] euroCut = Arrays.copyOf(utf8(ENGLISH + "€"), utf8(ENGLISH).length + 2);
    assertOneLineFailure(analyzeFile(euroCut, "cut.txt"), ExitCode.BAD_INPUT,
        "at offset " + utf8(ENGLISH).length);
  }

  @Test
  void nulBytesMeanBinary() throws IOException {
    byte[] withNul = concat(utf8("some text"), new byte[] {0}, utf8("more text"));
    assertOneLineFailure(analyzeFile(withNul, "nul.txt"), ExitCode.BAD_INPUT,
        "input looks binary (a NUL byte at offset 9)");
  }

  @Test
  void aKnownBinaryFormatIsNamed() throws IOException {
    byte[] pdf = utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    assertOneLineFailure(analyzeFile(pdf, "article.txt"), ExitCode.BAD_INPUT,
        "input looks binary (a PDF document)");
  }

  @Test
  void textFullOfControlCharactersIsBinary() throws IOException {
    byte[] noisy = utf8("ab\u0001cd\u0002ef\u0003gh\u0004ij\u0005kl\u0006");
    assertOneLineFailure(analyzeFile(noisy, "noisy.txt"), ExitCode.BAD_INPUT,
        "input looks binary (6 control characters");
  }

  @Test
  void utf16IsRecognisedAndRefused() throws IOException {
    byte[] utf16 = "Hello".getBytes(StandardCharsets.UTF_16); // with a byte-order mark
    assertOneLineFailure(analyzeFile(utf16, "u16.txt"), ExitCode.BAD_INPUT, "UTF-16");
  }

  @Test
  void anEmptyFileIsEmpty() throws IOException {
    assertOneLineFailure(analyzeFile(new byte[0], "empty.txt"), ExitCode.BAD_INPUT,
        "newsdesk: input is empty");
  }

  @Test
  void whitespaceOnStandardInputIsEmpty() {
    Run run = run(utf8(" \n\t\r\n  \n"), NEVER, "analyze", "-");
    assertOneLineFailure(run, ExitCode.BAD_INPUT, "newsdesk: input is empty");
  }

  @Test
  void aByteOrderMarkAloneIsEmpty() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'};
    assertOneLineFailure(analyzeFile(bom, "bom.txt"), ExitCode.BAD_INPUT, "input is empty");
  }

  @Test
  void htmlWithoutTextIsRefusedBeforeAnalysis() throws IOException {
    byte[] html = utf8("<!DOCTYPE html><html><head><title>x</title>"
        + "<script>var a = 'lots of script text';</script></head><body>  </body></html>");
    assertOneLineFailure(analyzeFile(html, "page.html"), ExitCode.BAD_INPUT,
        "the HTML has no text");
  }

  @Test
  void aMissingFileIsNoInput() {
    Run run = run(new byte[0], NEVER, "analyze", dir.resolve("nope.txt").toString());
    assertOneLineFailure(run, ExitCode.NO_INPUT, "no such file: ", "nope.txt");
  }

  @Test
  void aDirectoryIsNoInput() {
    assertOneLineFailure(run(new byte[0], NEVER, "analyze", dir.toString()), ExitCode.NO_INPUT,
        "is a directory");
  }

  @Test
  void aBadPublicationDateIsAUsageErrorNamingTheValue() throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), utf8(ENGLISH));
    Run run = run(new byte[0], NEVER, "analyze", file.toString(), "--published", "2023-02-30");
    assertOneLineFailure(run, ExitCode.USAGE, "--published", "'2023-02-30'", "YYYY-MM-DD");
  }

  @Test
  void aTooSmallCharacterLimitIsAUsageError() {
    Run run = run(new byte[0], NEVER, "analyze", "-", "--max-chars", "10");
    assertOneLineFailure(run, ExitCode.USAGE, "--max-chars must be >= 1000; got 10");
  }

  @Test
  void anUnknownOutputFormatIsAUsageError() {
    assertOneLineFailure(run(new byte[0], NEVER, "analyze", "-", "--format", "yaml"),
        ExitCode.USAGE, "yaml");
  }

  @Test
  void germanTextIsRefusedNamingTheLanguage() {
    Run run = run(utf8(GERMAN), NEVER, "analyze", "-");
    assertOneLineFailure(run, ExitCode.UNSUPPORTED,
        "newsdesk: the text is in German (de); only English is supported yet");
  }

  @Test
  void germanHtmlIsJudgedByItsTextNotItsMarkup() throws IOException {
    byte[] html = utf8("<html><body><p>" + GERMAN + "</p></body></html>");
    assertOneLineFailure(analyzeFile(html, "de.html"), ExitCode.UNSUPPORTED, "German (de)");
  }

  @Test
  void goodInputReachesTheAnalyzerWithTheRequestedLimit() {
    Run run = run(utf8(ENGLISH), standIn, "analyze", "-", "--max-chars", "5000");
    assertThat(built).containsExactly(new AnalyzerOptions(5000));
    // An unexpected exception is an internal error: one line, no stack trace, a hint.
    assertOneLineFailure(run, ExitCode.INTERNAL,
        "newsdesk: internal error: java.lang.IllegalStateException: stand-in analyzer",
        "(run with --verbose for the stack trace)");
  }

  @Test
  void withoutALimitTheAnalyzerGetsItsDefaults() {
    run(utf8(ENGLISH), standIn, "analyze", "-");
    assertThat(built).containsExactly(AnalyzerOptions.defaults());
  }

  @Test
  void verboseAddsTheStackTraceWhereverItIsGiven() {
    for (String[] args : new String[][] {{"--verbose", "analyze", "-"},
        {"analyze", "--verbose", "-"}}) {
      Run run = run(utf8(ENGLISH), standIn, args);
      assertThat(run.code()).isEqualTo(ExitCode.INTERNAL.code());
      assertThat(run.errLines().get(0))
          .isEqualTo(
              "newsdesk: internal error: java.lang.IllegalStateException: stand-in analyzer");
      assertThat(run.err()).contains("\tat org.newsdesk.cli.AnalyzeCommandTest");
    }
  }

  @Test
  void aHugeInputIsReadOnlyUpToTheBoundAndSaysSo() throws IOException {
    // The bound falls inside a three-byte €: a cut input may end mid-character.
    byte[] head = utf8(ENGLISH);
    byte[] big = new byte[InputReader.MAX_BYTES + 100];
    for (int at = 0; at + head.length <= big.length; at += head.length) {
      System.arraycopy(head, 0, big, at, head.length);
    }
    Arrays.fill(big, InputReader.MAX_BYTES - 200, big.length, (byte) ' ');
    byte[] euro = utf8("€");
    System.arraycopy(euro, 0, big, InputReader.MAX_BYTES - 1, euro.length);
    Path file = Files.write(dir.resolve("huge.txt"), big);

    Run run = run(new byte[0], standIn, "analyze", file.toString());
    assertThat(built).hasSize(1);
    assertThat(run.errLines().get(0)).isEqualTo(
        "newsdesk: warning: " + file + " is larger than 20 MB; reading only the first 20 MB");
  }

  @Test
  void aLoopbackUrlIsRefusedUnlessAllowed() {
    Run run = run(new byte[0], NEVER, "analyze", "http://127.0.0.1:1/article");
    assertOneLineFailure(run, ExitCode.REFUSED, "loopback", "--allow-private-addresses");
  }

  @Test
  void aPageIsFetchedDecodedWithItsCharsetAndChecked() throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] germanLatin1 = ("<html><body><p>" + GERMAN + "</p></body></html>")
        .getBytes(StandardCharsets.ISO_8859_1);
    server.createContext("/de", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=iso-8859-1");
      ex.sendResponseHeaders(200, germanLatin1.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(germanLatin1);
      }
    });
    server.createContext("/image", ex -> {
      ex.getResponseHeaders().set("Content-Type", "image/png");
      ex.sendResponseHeaders(200, 3);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(new byte[] {1, 2, 3});
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      // ISO-8859-1 bytes are not UTF-8: reaching the language check proves the charset was used.
      assertOneLineFailure(run(new byte[0], NEVER, "analyze", base + "/de",
          "--allow-private-addresses"), ExitCode.UNSUPPORTED, "German (de)");
      assertOneLineFailure(run(new byte[0], NEVER, "analyze", base + "/image",
          "--allow-private-addresses"), ExitCode.BAD_INPUT, "is image/png, not HTML or text");
      assertOneLineFailure(run(new byte[0], NEVER, "analyze", base + "/gone",
          "--allow-private-addresses"), ExitCode.NO_INPUT, base + "/gone", "404");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void withoutACommandTheUsageIsShown() {
    Run run = run(new byte[0], NEVER);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("Usage: newsdesk").contains("analyze").contains("bench");
  }

  @Test
  void everyCommandAnswersHelpOnStdout() {
    for (String[] args : new String[][] {{"--help"}, {"analyze", "--help"}, {"bench", "--help"},
        {"bench", "analyze", "--help"}, {"help", "analyze"}}) {
      Run run = run(new byte[0], NEVER, args);
      assertThat(run.code()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).startsWith("Usage: newsdesk");
    }
  }
}
