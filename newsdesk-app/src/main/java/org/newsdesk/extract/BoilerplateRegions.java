package org.newsdesk.extract;

import java.util.List;
import java.util.function.IntPredicate;
import org.newsdesk.extract.BoilerplateHints.Hint;

/**
 * The parts of a page its markup names as something other than the article, once each name has
 * been weighed against the prose under it: for every element, the nearest enclosing element
 * that is a comment thread, and the nearest that is other boilerplate.
 *
 * <p>Class names are noisy. A wrapper around the article is often named for its layout
 * ("content-with-sidebar", "theia-sticky-sidebar", "page-ad-margins") and an article's own
 * element for its contents ("post has-post-thumbnail tag-media"). So a boilerplate name is
 * overruled when the element holds most of the page's prose: half of it when something in it (or
 * its own name) also says article, three quarters otherwise. A footer that outweighs a short
 * article says nothing of the kind and stays a footer. Comment threads are never overruled: they
 * can hold more prose than the article they follow.
 */
final class BoilerplateRegions {

  static final double DOMINANT_SHARE = 0.5;
  static final double OVERWHELMING_SHARE = 0.75;

  private final ElementIndex index;
  private final int[] comments;
  private final int[] boilerplate;

  private BoilerplateRegions(ElementIndex index, int[] comments, int[] boilerplate) {
    this.index = index;
    this.comments = comments;
    this.boilerplate = boilerplate;
  }

  static BoilerplateRegions of(ElementIndex index, List<TextBlock> blocks) {
    int n = index.size();
    Hint[] hints = BoilerplateHints.ofAll(index);
    boolean[] holdsPositive = new boolean[n];
    for (int i = 0; i < n; i++) {
      int p = index.parent(i);
      if (p >= 0 && (hints[i] == Hint.POSITIVE || holdsPositive[i])) {
        holdsPositive[p] = true;
      }
    }
    int[] comments = nearest(index, i -> hints[i] == Hint.STRONG_NEGATIVE);
    double[] prose = new double[n];
    for (TextBlock b : blocks) {
      int owner = index.of(b.owner());
      if (comments[owner] < 0) {
        prose[owner] += Math.max(0, BlockWeight.of(b, false));
      }
    }
    index.sumUp(prose);
    double pageProse = Math.max(1, prose[index.root()]);
    int[] boilerplate = nearest(index, i -> {
      if (hints[i] != Hint.NEGATIVE && hints[i] != Hint.MIXED) {
        return false;
      }
      double share = prose[i] / pageProse;
      boolean saysArticle = hints[i] == Hint.MIXED || holdsPositive[i];
      return !(share >= OVERWHELMING_SHARE || share >= DOMINANT_SHARE && saysArticle);
    });
    return new BoilerplateRegions(index, comments, boilerplate);
  }

  /** The nearest comment thread around element {@code i} (or {@code i} itself), or -1. */
  int commentsAround(int i) {
    return comments[i];
  }

  /** The nearest other boilerplate region around element {@code i} (or {@code i} itself), or -1. */
  int boilerplateAround(int i) {
    return boilerplate[i];
  }

  /** Whether a block is in a comment thread or another boilerplate region. */
  boolean isHinted(TextBlock b) {
    int owner = index.of(b.owner());
    return comments[owner] >= 0 || boilerplate[owner] >= 0;
  }

  /** For every element, the nearest marked element at or above it (the root never counts), or -1. */
  private static int[] nearest(ElementIndex index, IntPredicate marked) {
    int n = index.size();
    int[] nearest = new int[n];
    // Parents come after their children in post-order: walk it backwards to see parents first.
    for (int i = n - 1; i >= 0; i--) {
      int p = index.parent(i);
      int inherited = p < 0 ? -1 : nearest[p];
      nearest[i] = inherited < 0 && p >= 0 && marked.test(i) ? i : inherited;
    }
    return nearest;
  }
}
