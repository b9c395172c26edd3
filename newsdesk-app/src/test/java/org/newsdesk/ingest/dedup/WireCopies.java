package org.newsdesk.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes the copy of an article that another outlet would run from the same wire story: its own
 * headline and boilerplate around it, a paragraph cut for space, the house quote style, a few
 * words edited, and a credit line at the end. Seeded, so every run measures the same copies.
 */
final class WireCopies {

  private static final String[] HEADERS = {
      "Advertisement", "Share this article", "LONDON (Reuters) -", "Updated 2 hours ago",
      "Sign up for our morning newsletter", "(AP) —", "Read more: latest headlines",
      "Skip to main content",
  };
  private static final String[] CREDITS = {
      "Reporting by Jane Smith; Editing by Tom Brown",
      "Reporting by Ali Hassan in Cairo; Additional reporting by Mei Lin; Editing by Mark Heinrich",
      "Copyright 2020 The Associated Press. All rights reserved. This material may not be "
          + "published, broadcast, rewritten or redistributed.",
      "Our Standards: The Thomson Reuters Trust Principles.",
  };
  private static final String[] REPLACEMENTS = {"said", "reported", "the", "officials", "on",
      "announced", "Tuesday", "a", "several", "according"};

  private final Random random;

  WireCopies(long seed) {
    this.random = new Random(seed);
  }

  /** A copy of {@code text} (paragraphs separated by newlines) under {@code headline}. */
  String copy(String headline, String text) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n")));
    paragraphs.removeIf(String::isBlank);
    if (paragraphs.size() >= 4) {
      // Never the first paragraph: the lede survives every cut.
      paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
    }
    String body = String.join("\n", paragraphs);
    body = swapQuoteStyle(body);
    body = editWords(body, 3);
    StringBuilder out = new StringBuilder();
    out.append(headline.toUpperCase()).append('\n');
    out.append(HEADERS[random.nextInt(HEADERS.length)]).append('\n');
    out.append(HEADERS[random.nextInt(HEADERS.length)]).append('\n');
    out.append(body).append('\n');
    out.append(CREDITS[random.nextInt(CREDITS.length)]).append('\n');
    return out.toString();
  }

  /** Straight quotes become curly ones and curly ones straight. */
  static String swapQuoteStyle(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean open = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> {
          out.append(open ? '\u201C' : '\u201D');
          open = !open;
        }
        case '\'' -> out.append('\u2019');
        case '\u201C', '\u201D' -> out.append('"');
        case '\u2018', '\u2019' -> out.append('\'');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code n} words replaced, deleted or doubled at random places. */
  String editWords(String s, int n) {
    List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
    for (int i = 0; i < n && words.size() > 2; i++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(3)) {
        case 0 -> words.set(at, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
        case 1 -> words.remove(at);
        default -> words.add(at, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
      }
    }
    return String.join(" ", words);
  }
}
