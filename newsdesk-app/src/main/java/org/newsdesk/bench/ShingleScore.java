package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's score in the Zyte article-extraction benchmark: how much of the gold body's
 * 4-token shingles a predicted body reproduces, as the benchmark's {@code evaluate.py} computes it.
 *
 * <ul>
 *   <li>Tokens are runs of word characters. Python's Unicode {@code \w} is a letter, a number
 *       ({@code str.isalnum}) or the underscore; Java's {@code (?U)\w} would also take combining
 *       marks and join tokens that Python splits (Devanagari vowel signs), so the class is spelled
 *       out.
 *   <li>A text's shingles are the multiset of its runs of 4 consecutive tokens; a text of 1 to 3
 *       tokens is one shingle of all of them, an empty text has none.
 *   <li>tp, fp and fn are summed over shingles (min, predicted excess, gold excess) and divided by
 *       their sum, so that every page weighs the same.
 * </ul>
 *
 * @param tp share of matched shingles
 * @param fp share of predicted shingles beyond the gold ones
 * @param fn share of gold shingles not predicted
 */
public record ShingleScore(double tp, double fp, double fn) {

  static final int SHINGLE = 4;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** The score of {@code predicted} against {@code gold}. */
  public static ShingleScore of(String gold, String predicted) {
    Map<List<String>, Integer> goldShingles = shingles(gold);
    Map<List<String>, Integer> predictedShingles = shingles(predicted);
    double tp = 0, fp = 0, fn = 0;
    for (Map.Entry<List<String>, Integer> e : predictedShingles.entrySet()) {
      int p = e.getValue();
      int g = goldShingles.getOrDefault(e.getKey(), 0);
      tp += Math.min(p, g);
      fp += Math.max(0, p - g);
    }
    for (Map.Entry<List<String>, Integer> e : goldShingles.entrySet()) {
      fn += Math.max(0, e.getValue() - predictedShingles.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
  }

  /** Precision as the benchmark defines it: 1 when nothing is wrong, 0 when nothing is right. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fp == 0) {
      return 0;
    }
    return tp / (tp + fp);
  }

  /** Recall as the benchmark defines it: 1 when nothing is wrong, 0 when nothing is right. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fn == 0) {
      return 0;
    }
    return tp / (tp + fn);
  }

  /** Whether this page counts in the mean precision (it predicted something). */
  public boolean hasPrecision() {
    return tp + fp > 0;
  }

  /** Whether this page counts in the mean recall (its gold body is not empty). */
  public boolean hasRecall() {
    return tp + fn > 0;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int starts = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < starts; i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
    }
    return counts;
  }
}
