package org.newsdesk.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the 2,106 feeds of feedparser's test suite (ill-formed XML, encodings, entities, every
 * RSS and Atom dialect; see {@link FeedparserCorpus}). Prints, per folder, the share of feeds read
 * without failure and the share of expectations about our records met; the floors below are the
 * figures reached, so they can only go up. {@code -Dfeeds.misses=true} prints every miss.
 *
 * <p>Run: {@code ./mvnw -o -q test -pl newsdesk-app -Dtest='*CorpusTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class FeedparserCorpusTest {

  /** Feeds (outside the sanitiser folder) read as a feed rather than failed: 1346/1362. */
  private static final double PARSED_FLOOR = 0.988;
  /** Cases whose expectation is about our records (title, links, content, dates, encoding) met:
   *  603/668. */
  private static final double CORRECT_FLOOR = 0.902;
  /** Cases stating whether the feed is ill-formed where our recorded problems agree: 1018/1040. */
  private static final double BOZO_FLOOR = 0.978;

  private static final boolean PRINT_MISSES = Boolean.getBoolean("feeds.misses");

  private static final FeedParser PARSER = new FeedParser();
  private static List<FeedparserCorpus.Case> cases;

  @BeforeAll
  static void readCorpus() {
    cases = FeedparserCorpus.cases();
  }

  @Test
  void noFeedThrowsAndTheSharesReadCorrectlyOnlyGoUp() {
    assertThat(cases).hasSizeGreaterThan(2_000);
    Map<String, int[]> byFolder = new TreeMap<>(); // files, parsed, judged, correct
    int files = 0;
    int parsed = 0;
    int judged = 0;
    int correct = 0;
    int bozoJudged = 0;
    int bozoRight = 0;
    List<String> misses = new ArrayList<>();
    int allParsed = 0;
    for (FeedparserCorpus.Case c : cases) {
      FeedParse result = PARSER.parse(c.bytes(), c.contentType(), Optional.of(c.url()));
      if (result instanceof FeedParse.Parsed) {
        allParsed++;
      }
      if (c.isSanitizerCase()) {
        continue; // scored by SanitizerCorpusTest
      }
      int[] f = byFolder.computeIfAbsent(c.folder(), k -> new int[4]);
      files++;
      f[0]++;
      if (result instanceof FeedParse.Parsed) {
        parsed++;
        f[1]++;
      } else if (PRINT_MISSES) {
        misses.add("FAILED " + c.relative() + ": " + ((FeedParse.Failed) result).message());
      }
      Verdict v = judge(c, result);
      if (v.judged()) {
        judged++;
        f[2]++;
        if (v.correct()) {
          correct++;
          f[3]++;
        } else if (PRINT_MISSES) {
          misses.add("MISS " + c.relative() + ": " + c.expect().orElse("") + "  ⇒ "
              + describe(result));
        }
      }
      if (v.bozoJudged()) {
        bozoJudged++;
        if (v.bozoRight()) {
          bozoRight++;
        }
      }
    }
    misses.forEach(System.out::println);
    System.out.printf("feedparser-tests (without sanitize/): %d feeds%n", files);
    for (Map.Entry<String, int[]> e : byFolder.entrySet()) {
      int[] f = e.getValue();
      System.out.printf("  %-22s parsed %4d/%4d   expectations about our records met %4d/%4d%n",
          e.getKey(), f[1], f[0], f[3], f[2]);
    }
    System.out.printf("feedparser-tests, all %d files with sanitize/: parsed=%.4f (%d/%d)%n",
        cases.size(), (double) allParsed / cases.size(), allParsed, cases.size());
    double parsedShare = (double) parsed / files;
    double correctShare = (double) correct / judged;
    System.out.printf("feedparser-tests: parsed=%.4f (%d/%d) read_correctly=%.4f (%d/%d)"
            + " bozo_agrees=%.4f (%d/%d)%n", parsedShare, parsed, files, correctShare, correct,
        judged, (double) bozoRight / bozoJudged, bozoRight, bozoJudged);
    assertThat(parsedShare).isGreaterThanOrEqualTo(PARSED_FLOOR);
    assertThat(correctShare).isGreaterThanOrEqualTo(CORRECT_FLOOR);
    assertThat((double) bozoRight / bozoJudged).isGreaterThanOrEqualTo(BOZO_FLOOR);
  }

  record Verdict(boolean judged, boolean correct, boolean bozoJudged, boolean bozoRight) {}

  static Verdict judge(FeedparserCorpus.Case c, FeedParse result) {
    if (c.expect().isEmpty()) {
      return new Verdict(false, false, false, false);
    }
    PyExpect.Node expression;
    try {
      expression = PyExpect.parse(c.expect().get());
    } catch (RuntimeException e) {
      return new Verdict(false, false, false, false);
    }
    Map<String, Object> env = FeedparserCorpus.environment(result, c);
    boolean judged = false;
    boolean correct = true;
    boolean bozoJudged = false;
    boolean bozoRight = true;
    for (PyExpect.Node clause : PyExpect.clauses(expression)) {
      boolean isBozo = clause instanceof PyExpect.Name n && n.name().equals("bozo")
          || clause instanceof PyExpect.Not not && not.inner() instanceof PyExpect.Name n2
          && n2.name().equals("bozo");
      boolean holds;
      try {
        holds = PyExpect.truthy(PyExpect.eval(clause, env));
      } catch (PyExpect.Unsupported e) {
        continue;
      }
      if (isBozo) {
        bozoJudged = true;
        bozoRight &= holds;
      } else if (!(clause instanceof PyExpect.Lit)) {
        judged = true;
        correct &= holds;
      }
    }
    return new Verdict(judged, judged && correct, bozoJudged, bozoJudged && bozoRight);
  }

  static String describe(FeedParse result) {
    if (result instanceof FeedParse.Failed f) {
      return "failed: " + f.message();
    }
    FeedParse.Parsed p = (FeedParse.Parsed) result;
    ParsedFeed f = p.feed();
    StringBuilder b = new StringBuilder();
    b.append(f.format()).append(" title=").append(f.title().orElse(null))
        .append(" link=").append(f.siteLink().orElse(null))
        .append(" charset=").append(p.charset().name());
    if (!f.items().isEmpty()) {
      FeedItem i = f.items().get(0);
      b.append(" | item0 title=").append(i.title().orElse(null))
          .append(" link=").append(i.link().orElse(null))
          .append(" summary=").append(i.summaryHtml().orElse(null))
          .append(" content=").append(i.contentHtml().orElse(null))
          .append(" published=").append(i.published().orElse(null))
          .append(" updated=").append(i.updated().orElse(null));
    }
    if (!p.problems().isEmpty()) {
      b.append(" | problems=").append(p.problems());
    }
    return b.toString();
  }
}
