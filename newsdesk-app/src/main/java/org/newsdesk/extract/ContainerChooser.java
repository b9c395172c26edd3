package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article: the one whose blocks' {@link BlockWeight}s add up
 * to the most (a maximum-weight subtree). Going up from the article's paragraphs, an ancestor
 * gains the lead that sits in a sibling wrapper but also the menus, teasers and footers beside
 * it; the sum stops rising where the surroundings cost more than they add.
 *
 * <p>Then one correction: when the chosen element holds several articles ({@code <article>}
 * elements or schema.org Article microdata) it is a list of stories around the page's own, and
 * the page's article is the one under the page's headline.
 */
final class ContainerChooser {

  /** A container is an article only if it weighs at least one full paragraph of prose. */
  static final double MIN_WEIGHT = 100;

  record Choice(Element container, double weight) {}

  Optional<Choice> choose(ElementIndex index, List<TextBlock> blocks, BoilerplateRegions regions,
      Optional<String> title) {
    double[] sums = new double[index.size()];
    for (TextBlock b : blocks) {
      sums[index.of(b.owner())] += BlockWeight.of(b, regions.isHinted(b));
    }
    index.sumUp(sums);
    int best = 0;
    for (int i = 1; i < sums.length; i++) {
      if (sums[i] > sums[best]) {
        best = i;
      }
    }
    if (sums.length == 0 || sums[best] < MIN_WEIGHT) {
      return Optional.empty();
    }
    int titled = titledArticle(index, best, blocks, title);
    if (titled >= 0) {
      int narrowed = titled;
      for (int i = 0; i < sums.length; i++) {
        if (sums[i] > sums[narrowed] && index.isInside(i, titled)) {
          narrowed = i;
        }
      }
      if (sums[narrowed] >= MIN_WEIGHT) {
        best = narrowed;
      }
    }
    return Optional.of(new Choice(index.element(best), sums[best]));
  }

  /** The article under the page's headline, when element {@code chosen} holds several; else -1. */
  private static int titledArticle(ElementIndex index, int chosen, List<TextBlock> blocks, Optional<String> title) {
    if (title.isEmpty()) {
      return -1;
    }
    List<Integer> articles = new ArrayList<>();
    // Outermost articles only: in post-order an article's own articles come before it.
    for (int i = chosen - 1; i >= 0 && index.isInside(i, chosen); i--) {
      int candidate = i;
      if (isArticle(index.element(i)) && articles.stream().noneMatch(a -> index.isInside(candidate, a))) {
        articles.add(i);
      }
    }
    if (articles.size() < 2) {
      return -1;
    }
    for (TextBlock b : blocks) {
      if (b.isHeading() && TextShape.resembles(title.get(), b.text())) {
        int owner = index.of(b.owner());
        for (int a : articles) {
          if (index.isInside(owner, a)) {
            return a;
          }
        }
      }
    }
    return -1;
  }

  private static boolean isArticle(Element e) {
    if (e.normalName().equals("article")) {
      return true;
    }
    String type = e.attr("itemtype");
    return type.endsWith("Article") || type.endsWith("BlogPosting");
  }
}
