package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newsdesk.extract.DateSignals;
import org.newsdesk.extract.PublicationDate;
import org.newsdesk.extract.PublicationDate.Source;

/**
 * How far the publication dates the extractor gives can be trusted, on the Zyte benchmark's 181
 * real pages ({@code ground-truth.json}, {@code html/<id>.html.gz}).
 *
 * <p>Run: {@code ./newsdesk eval dates [../shared/data/zyte-article-extraction] [--gold FILE] [--pages]}
 *
 * <p>The benchmark has no dates, so two kinds of figure are given. Without gold: coverage (share
 * of pages given a date), which source the date came from, how often each source has a date at
 * all, and agreement between independent signals: the chosen date against the URL's date (when
 * the URL has one and the date came from elsewhere), and the structured dates (JSON-LD,
 * OpenGraph, meta tags) against the visible dateline. Agreement is on the calendar day; a
 * timestamp converted to UTC can fall on the next day, so agreement within a day is given too.
 * With gold ({@code zyte-dates-gold.tsv}: page id, the publication day found by reading the
 * page, and the evidence): accuracy, the share of gold pages whose day is exactly right (a page
 * whose gold is {@code none} is right when no date is given).
 *
 * <p>The last line is {@code accuracy=… coverage=…}.
 */
public final class PublicationDateEvaluation {

  /** The gold day of one page; empty when the page gives no publication date. */
  public record GoldDay(String id, Optional<LocalDate> day, String evidence) {}

  /** One page: its id, URL and signals. */
  public record Page(String id, String url, DateSignals signals) {}

  /** What was measured. */
  public record Result(List<Page> pages, Map<String, GoldDay> gold) {

    public double coverage() {
      return share(pages.stream().filter(p -> p.signals().chosen().isPresent()).count(), pages.size());
    }

    /** Share of gold pages whose chosen day is the gold day (or no day when the gold has none). */
    public double accuracy() {
      long gradable = 0, right = 0;
      for (Page p : pages) {
        GoldDay g = gold.get(p.id());
        if (g == null) {
          continue;
        }
        gradable++;
        if (p.signals().chosen().map(PublicationDate::date).equals(g.day())) {
          right++;
        }
      }
      return share(right, gradable);
    }

    public String summaryLine() {
      return String.format(Locale.ROOT, "accuracy=%.3f coverage=%.3f", accuracy(), coverage());
    }
  }

  /** Reads every page of the benchmark in {@code dir} and the gold days (none when {@code goldFile} is null). */
  public Result run(Path dir, Path goldFile) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : truth.properties()) {
      String id = entry.getKey();
      String url = entry.getValue().path("url").asText(null);
      pages.add(new Page(id, url, DateSignals.read(readHtml(dir.resolve("html"), id), url, Optional.empty())));
    }
    return new Result(pages, goldFile == null ? Map.of() : readGold(goldFile));
  }

  /**
   * The gold file: one page a line, {@code id<TAB>yyyy-mm-dd|none<TAB>evidence}; blank lines and
   * lines starting with {@code #} are skipped.
   */
  public static Map<String, GoldDay> readGold(Path file) throws IOException {
    Map<String, GoldDay> gold = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      if (cols.length < 2) {
        throw new IOException(file + ":" + lineNo + ": expected id<TAB>day<TAB>evidence; got \"" + line + "\"");
      }
      String day = cols[1].strip();
      Optional<LocalDate> date;
      try {
        date = day.equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(day));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IOException(file + ":" + lineNo + ": not a day or \"none\": \"" + day + "\"", e);
      }
      gold.put(cols[0].strip(), new GoldDay(cols[0].strip(), date, cols.length > 2 ? cols[2] : ""));
    }
    return gold;
  }

  /** The figures, then (when asked) one line a page, then the summary line. */
  public static void report(Result result, PrintWriter out, boolean perPage) {
    List<Page> pages = result.pages();
    out.printf(Locale.ROOT, "pages=%d dated=%d coverage=%.3f%n", pages.size(),
        pages.stream().filter(p -> p.signals().chosen().isPresent()).count(), result.coverage());
    Map<Source, Integer> chosenFrom = new EnumMap<>(Source.class);
    Map<Source, Integer> present = new EnumMap<>(Source.class);
    for (Page p : pages) {
      p.signals().chosen().ifPresent(d -> chosenFrom.merge(d.source(), 1, Integer::sum));
      p.signals().signals().forEach(d -> present.merge(d.source(), 1, Integer::sum));
    }
    for (Source s : Source.values()) {
      out.printf(Locale.ROOT, "source %-12s chosen=%3d present=%3d%n", s, chosenFrom.getOrDefault(s, 0),
          present.getOrDefault(s, 0));
    }
    agreement(out, "chosen (not from URL) vs URL", pages, p -> p.signals().chosen()
        .filter(d -> d.source() != Source.URL), p -> p.signals().from(Source.URL));
    agreement(out, "structured vs dateline", pages, PublicationDateEvaluation::structured,
        p -> p.signals().from(Source.DATELINE));
    agreement(out, "structured vs <time>", pages, PublicationDateEvaluation::structured,
        p -> p.signals().from(Source.TIME_ELEMENT));
    if (!result.gold().isEmpty()) {
      int wrong = 0;
      for (Page p : pages) {
        GoldDay g = result.gold().get(p.id());
        Optional<LocalDate> chosen = p.signals().chosen().map(PublicationDate::date);
        if (g != null && !chosen.equals(g.day())) {
          wrong++;
          out.printf(Locale.ROOT, "gold-miss %s gold=%s chosen=%s %s%n", shortId(p.id()),
              g.day().map(LocalDate::toString).orElse("none"),
              p.signals().chosen().map(d -> d.date() + "/" + d.source()).orElse("none"), p.url());
        }
      }
      out.printf(Locale.ROOT, "gold pages=%d wrong=%d%n", result.gold().size(), wrong);
    }
    if (perPage) {
      for (Page p : pages) {
        StringBuilder line = new StringBuilder(shortId(p.id())).append(' ')
            .append(p.signals().chosen().map(d -> d.date() + "/" + d.source()).orElse("none"));
        for (PublicationDate s : p.signals().signals()) {
          line.append(' ').append(s.source()).append('=').append(s.iso());
        }
        out.println(line.append(' ').append(p.url()));
      }
    }
    out.println(result.summaryLine());
    out.flush();
  }

  private static Optional<PublicationDate> structured(Page p) {
    return p.signals().from(Source.JSON_LD).or(() -> p.signals().from(Source.OPEN_GRAPH))
        .or(() -> p.signals().from(Source.META_TAG));
  }

  private static void agreement(PrintWriter out, String label, List<Page> pages,
      java.util.function.Function<Page, Optional<PublicationDate>> a,
      java.util.function.Function<Page, Optional<PublicationDate>> b) {
    int both = 0, sameDay = 0, withinDay = 0;
    for (Page p : pages) {
      Optional<PublicationDate> x = a.apply(p), y = b.apply(p);
      if (x.isEmpty() || y.isEmpty()) {
        continue;
      }
      both++;
      long apart = Math.abs(x.get().date().toEpochDay() - y.get().date().toEpochDay());
      sameDay += apart == 0 ? 1 : 0;
      withinDay += apart <= 1 ? 1 : 0;
    }
    out.printf(Locale.ROOT, "agreement %s: pages=%d same-day=%.3f within-a-day=%.3f%n", label, both,
        share(sameDay, both), share(withinDay, both));
  }

  private static double share(long n, long of) {
    return of == 0 ? 0 : (double) n / of;
  }

  private static String shortId(String id) {
    return id.substring(0, Math.min(10, id.length()));
  }

  private static String readHtml(Path htmlDir, String id) throws IOException {
    Path gz = htmlDir.resolve(id + ".html.gz");
    if (Files.exists(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return Files.readString(htmlDir.resolve(id + ".html"), StandardCharsets.UTF_8);
  }
}
