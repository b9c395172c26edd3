package org.newsdesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsdesk.analyze.card.Body;
import org.newsdesk.analyze.card.Entity;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.analyze.card.Quote;
import org.newsdesk.analyze.card.Sentence;

/**
 * The article text as HTML with what the analyzer found marked in it: each sentence an anchor
 * ({@code #s12}, what every fact on the page links to), quotes as {@code <q>}, entity mentions as
 * links to their pages. Built from the card's offsets over its own body text; every piece of
 * text is escaped, so no markup from the article reaches the page.
 */
public final class ArticleMarkup {

  private ArticleMarkup() {}

  /** One paragraph or heading of the marked-up text. */
  public record Block(boolean heading, String html) {}

  private record Span(int start, int end, int rank, String open, String close) {}

  public static List<Block> blocks(InsightCard card, Map<String, Long> entityIds) {
    String text = card.body().text();
    List<Span> spans = new ArrayList<>();
    for (Quote q : card.quotes()) {
      spans.add(new Span(q.start(), q.end(), 1,
          "<q class=\"quote\" title=\"" + Html.escape(q.speaker() == null ? "speaker unknown"
              : q.speaker()) + "\">", "</q>"));
    }
    for (Entity e : card.entities()) {
      Long id = entityIds.get(e.type().name() + "|" + e.name());
      if (id == null || e.mentions() == null) {
        continue;
      }
      for (Entity.Mention m : e.mentions()) {
        spans.add(new Span(m.start(), m.end(), 2, "<a class=\"entity " + e.type().name()
            .toLowerCase(java.util.Locale.ROOT) + "\" href=\"/entities/" + id + "\">", "</a>"));
      }
    }
    // Outer spans first (longer, then quotes before names); a span crossing another's edge is
    // dropped rather than producing broken nesting.
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end())
        .thenComparingInt(Span::rank));
    List<Block> out = new ArrayList<>();
    for (Body.Block b : card.body().blocks()) {
      StringBuilder html = new StringBuilder();
      for (Sentence s : card.sentences()) {
        if (s.start() < b.start() || s.end() > b.end()) {
          continue;
        }
        html.append("<span class=\"sentence\" id=\"s").append(s.index()).append("\">");
        html.append(marked(text, s.start(), s.end(), spans));
        html.append("</span> ");
      }
      if (html.length() == 0) {
        html.append(Html.escape(text.substring(b.start(), Math.min(b.end(), text.length()))));
      }
      out.add(new Block(b.kind() == Body.Kind.HEADING, html.toString().strip()));
    }
    return out;
  }

  private static String marked(String text, int from, int to, List<Span> spans) {
    StringBuilder out = new StringBuilder();
    List<Span> open = new ArrayList<>();
    int pos = from;
    for (Span s : spans) {
      if (s.start() < from || s.end() > to || s.start() < pos) {
        continue;
      }
      while (!open.isEmpty() && open.get(open.size() - 1).end() <= s.start()) {
        Span done = open.remove(open.size() - 1);
        out.append(Html.escape(text.substring(pos, done.end()))).append(done.close());
        pos = done.end();
      }
      if (!open.isEmpty() && s.end() > open.get(open.size() - 1).end()) {
        continue;
      }
      out.append(Html.escape(text.substring(pos, s.start()))).append(s.open());
      pos = s.start();
      open.add(s);
    }
    while (!open.isEmpty()) {
      Span done = open.remove(open.size() - 1);
      out.append(Html.escape(text.substring(pos, done.end()))).append(done.close());
      pos = done.end();
    }
    out.append(Html.escape(text.substring(pos, to)));
    return out.toString();
  }
}
